import type { Palette } from '@storecraft/core';
import { brandVoices } from '@storecraft/core';
import { index, jsonb, pgEnum, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, tenantPolicy, updatedAt, workspaceIdColumn } from './_shared.ts';
import { workspaces } from './workspaces.ts';

export const brandVoice = pgEnum('brand_voice', brandVoices);

export const brands = pgTable(
  'brands',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    handle: text('handle').notNull(),
    tagline: text('tagline').notNull(),
    mission: text('mission').notNull(),
    values: jsonb('values').$type<string[]>().notNull(),
    voice: brandVoice('voice').notNull(),
    palette: jsonb('palette').$type<Palette>().notNull(),
    logoSvg: text('logo_svg').notNull(),
    typography: jsonb('typography').$type<{ heading: string; body: string }>().notNull(),
    niche: text('niche').notNull(),
    verticals: jsonb('verticals').$type<string[]>().notNull(),
    seed: text('seed').notNull(),
    locale: text('locale').notNull().default('en'),
    currency: text('currency').notNull().default('USD'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('brands_workspace_handle_key').on(t.workspaceId, t.handle),
    // Target of the composite foreign keys that keep children in their brand's workspace.
    unique('brands_workspace_id_key').on(t.workspaceId, t.id),
    index('brands_workspace_created_idx').on(t.workspaceId, t.createdAt),
    tenantPolicy(t.workspaceId),
  ],
).enableRLS();
