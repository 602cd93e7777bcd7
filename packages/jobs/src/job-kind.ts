import type { generationJobKinds } from '@storecraft/core';

/** The `kind` of a generation job row: also the name of its job definition. */
export type GenerationJobKind = (typeof generationJobKinds)[number];
