'use client';

import type { AppRouter } from '@storecraft/api';
import type { BrandVoice, Palette } from '@storecraft/core';
import type { inferRouterInputs } from '@trpc/server';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { FieldErrorView } from '../client/trpc.ts';
import { AA_TEXT, contrastRatio, formatRatio } from './brand-contrast.ts';
import { paletteRoles } from './brand-palette-swatches.tsx';

/** The fields `brands.update` takes besides the ids. */
export type BrandFieldsUpdate = Omit<
  inferRouterInputs<AppRouter>['brands']['update'],
  'workspaceId' | 'brandId'
>;

/** Saves an edit; answers the problems to show, or null once it is stored. */
export type SaveBrand = (fields: BrandFieldsUpdate) => Promise<{
  message: string;
  fieldErrors: FieldErrorView[];
} | null>;

const field =
  'mt-1 block w-full rounded-md border border-line px-3 py-2 text-base focus:border-accent';

/** The first error whose path is `name` or lies under it (`values.1`, `palette.text`). */
function errorFor(errors: FieldErrorView[], name: string): string | undefined {
  return errors.find((e) => e.path === name || e.path.startsWith(`${name}.`))?.message;
}

/** Save / Cancel around an editor, with the server's message when saving failed. */
function EditForm({
  save,
  fields,
  close,
  children,
}: {
  save: SaveBrand;
  fields: () => BrandFieldsUpdate;
  close: () => void;
  children: (errors: FieldErrorView[]) => ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrorView[]>([]);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const problem = await save(fields());
    setBusy(false);
    if (!problem) {
      close();
      return;
    }
    setMessage(problem.message);
    setErrors(problem.fieldErrors);
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
      {children(errors)}
      <p role="alert" className="min-h-5 text-sm text-danger">
        {message}
      </p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
        >
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={close}
          className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:border-accent"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-danger">
      {message}
    </p>
  ) : null;
}

/** Name, tagline or mission: one text, a line or a paragraph. */
export function BrandTextEdit({
  name,
  label,
  initial,
  maxLength,
  multiline,
  save,
  close,
}: {
  name: 'name' | 'tagline' | 'mission';
  label: string;
  initial: string;
  maxLength: number;
  multiline?: boolean;
  save: SaveBrand;
  close: () => void;
}) {
  const [value, setValue] = useState(initial);
  const id = useId();
  return (
    <EditForm save={save} fields={() => ({ [name]: value })} close={close}>
      {(errors) => {
        const error = errorFor(errors, name);
        const common = {
          id,
          value,
          maxLength,
          required: true,
          autoFocus: true,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          className: field,
        };
        return (
          <div>
            <label htmlFor={id} className="block text-sm font-medium">
              {label}
            </label>
            {multiline ? (
              <textarea {...common} rows={4} onChange={(e) => setValue(e.target.value)} />
            ) : (
              <input {...common} type="text" onChange={(e) => setValue(e.target.value)} />
            )}
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      }}
    </EditForm>
  );
}

/** Three to five values, one per line. */
export function BrandValuesEdit({
  initial,
  save,
  close,
}: {
  initial: string[];
  save: SaveBrand;
  close: () => void;
}) {
  const [text, setText] = useState(initial.join('\n'));
  const id = useId();
  const values = () =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return (
    <EditForm save={save} fields={() => ({ values: values() })} close={close}>
      {(errors) => {
        const error = errorFor(errors, 'values');
        return (
          <div>
            <label htmlFor={id} className="block text-sm font-medium">
              Values
            </label>
            <textarea
              id={id}
              rows={5}
              value={text}
              autoFocus
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              className={field}
            />
            <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
              Three to five values, one per line.
            </p>
            <FieldError
              id={`${id}-error`}
              message={error ? 'Give three to five values, one per line.' : undefined}
            />
          </div>
        );
      }}
    </EditForm>
  );
}

const voiceLabels: Record<BrandVoice, string> = {
  playful: 'Playful',
  premium: 'Premium',
  technical: 'Technical',
  earthy: 'Earthy',
  minimal: 'Minimal',
  bold: 'Bold',
};

const brandVoices = Object.keys(voiceLabels) as BrandVoice[];

export function voiceLabel(voice: BrandVoice): string {
  return voiceLabels[voice];
}

/** The voice the product copy is written in. */
export function BrandVoiceEdit({
  initial,
  save,
  close,
}: {
  initial: BrandVoice;
  save: SaveBrand;
  close: () => void;
}) {
  const [voice, setVoice] = useState<BrandVoice>(initial);
  const id = useId();
  return (
    <EditForm save={save} fields={() => ({ voice })} close={close}>
      {() => (
        <div>
          <label htmlFor={id} className="block text-sm font-medium">
            Voice
          </label>
          <select
            id={id}
            value={voice}
            autoFocus
            onChange={(e) => setVoice(e.target.value as BrandVoice)}
            className={`${field} max-w-xs`}
          >
            {brandVoices.map((v) => (
              <option key={v} value={v}>
                {voiceLabels[v]}
              </option>
            ))}
          </select>
        </div>
      )}
    </EditForm>
  );
}

const HEX = /^#[0-9a-f]{6}$/;

/** Five colours; text on background must stay readable (AA), which is checked as they change. */
export function BrandPaletteEdit({
  initial,
  save,
  close,
}: {
  initial: Palette;
  save: SaveBrand;
  close: () => void;
}) {
  const [palette, setPalette] = useState<Palette>(initial);
  const id = useId();
  const valid = paletteRoles.every((role) => HEX.test(palette[role]));
  const ratio = valid ? contrastRatio(palette.text, palette.background) : 0;
  return (
    <EditForm save={save} fields={() => ({ palette })} close={close}>
      {(errors) => (
        <div className="flex flex-col gap-3">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {paletteRoles.map((role) => {
              const error = errorFor(errors, `palette.${role}`);
              const inputId = `${id}-${role}`;
              return (
                <div key={role}>
                  <label htmlFor={inputId} className="block text-sm font-medium capitalize">
                    {role} colour
                  </label>
                  <div className="mt-1 flex items-center gap-2">
                    <input
                      type="color"
                      aria-label={`${role} colour picker`}
                      value={HEX.test(palette[role]) ? palette[role] : '#000000'}
                      onChange={(e) => setPalette({ ...palette, [role]: e.target.value })}
                      className="h-10 w-12 cursor-pointer rounded border border-line"
                    />
                    <input
                      id={inputId}
                      type="text"
                      value={palette[role]}
                      maxLength={7}
                      onChange={(e) =>
                        setPalette({ ...palette, [role]: e.target.value.trim().toLowerCase() })
                      }
                      aria-invalid={error || !HEX.test(palette[role]) ? true : undefined}
                      className="block w-28 rounded-md border border-line px-2 py-1.5 font-mono text-sm focus:border-accent"
                    />
                  </div>
                  <FieldError
                    id={`${inputId}-error`}
                    message={
                      error ?? (HEX.test(palette[role]) ? undefined : 'Use #rrggbb, e.g. #1f2937.')
                    }
                  />
                </div>
              );
            })}
          </div>
          <p
            className={`rounded-md px-3 py-2 text-sm ${ratio >= AA_TEXT ? 'bg-panel' : 'bg-panel text-danger'}`}
            // Shown in the brand's own colours only when they are readable.
            style={
              ratio >= AA_TEXT
                ? { color: palette.text, backgroundColor: palette.background }
                : undefined
            }
          >
            {valid
              ? `Text on background: ${formatRatio(ratio)} — ${ratio >= AA_TEXT ? 'AA pass' : 'AA fail: needs 4.5:1'}`
              : 'Every colour needs a #rrggbb code.'}
          </p>
        </div>
      )}
    </EditForm>
  );
}

/** Heading and body typefaces. */
export function BrandTypographyEdit({
  initial,
  save,
  close,
}: {
  initial: { heading: string; body: string };
  save: SaveBrand;
  close: () => void;
}) {
  const [typography, setTypography] = useState(initial);
  const id = useId();
  return (
    <EditForm save={save} fields={() => ({ typography })} close={close}>
      {(errors) => (
        <div className="grid gap-3 sm:grid-cols-2">
          {(['heading', 'body'] as const).map((role) => {
            const error = errorFor(errors, `typography.${role}`);
            return (
              <div key={role}>
                <label htmlFor={`${id}-${role}`} className="block text-sm font-medium">
                  {role === 'heading' ? 'Heading typeface' : 'Body typeface'}
                </label>
                <input
                  id={`${id}-${role}`}
                  type="text"
                  value={typography[role]}
                  maxLength={60}
                  required
                  autoFocus={role === 'heading'}
                  onChange={(e) => setTypography({ ...typography, [role]: e.target.value })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-${role}-error` : undefined}
                  className={field}
                />
                <FieldError id={`${id}-${role}-error`} message={error} />
              </div>
            );
          })}
        </div>
      )}
    </EditForm>
  );
}
