'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { csvFormats, exportFormatLabels, type CsvFormat } from './export-formats.tsx';

const fieldClass =
  'rounded-md border border-line bg-white px-3 py-2 text-sm text-ink focus-visible:border-accent aria-invalid:border-danger';

/**
 * Exports the catalog again in the chosen format. The export is queued (a large catalog takes a
 * while); the list (server-rendered) is refreshed at once, so the new export shows at its top, and
 * keeps refreshing until it has its download link (`ExportAutoRefresh`).
 */
export function ExportForm({
  workspaceId,
  brandId,
  disabledReason,
}: {
  workspaceId: string;
  brandId: string;
  /** Why exporting makes no sense yet (no products), or null. */
  disabledReason: string | null;
}) {
  const router = useRouter();
  const ids = useId();
  const [format, setFormat] = useState<CsvFormat>('shopify');
  const [imageBaseUrl, setImageBaseUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const pending = busy || refreshing;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setUrlError(null);
    try {
      const created = await trpc.exports.create.mutate({
        workspaceId,
        brandId,
        format,
        ...(imageBaseUrl.trim() === '' ? {} : { imageBaseUrl: imageBaseUrl.trim() }),
      });
      setMessage({
        kind: 'ok',
        text: `${exportFormatLabels[created.format]} export started: it is at the top of the list, with its download link once it is written.`,
      });
      startRefresh(() => router.refresh());
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      const forUrl = fieldErrors.find((e) => e.path === 'imageBaseUrl');
      if (forUrl) {
        setUrlError('Enter an http:// or https:// address, such as https://cdn.example.com/shop.');
      }
      setMessage({ kind: 'error', text: forUrl ? 'Check the image base URL.' : text });
    } finally {
      setBusy(false);
    }
  }

  const disabled = pending || disabledReason !== null;
  return (
    // noValidate: the server's checks (shown next to the field) are the only ones, worded alike.
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="flex flex-col gap-3"
      aria-describedby={`${ids}-hint`}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Format
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as CsvFormat)}
            className={fieldClass}
          >
            {csvFormats.map((value) => (
              <option key={value} value={value}>
                {exportFormatLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={`${ids}-url`} className="text-sm font-medium">
            Image base URL <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            id={`${ids}-url`}
            type="url"
            inputMode="url"
            value={imageBaseUrl}
            onChange={(event) => setImageBaseUrl(event.target.value)}
            placeholder="https://cdn.example.com/shop"
            aria-invalid={urlError !== null}
            aria-describedby={urlError ? `${ids}-url-error` : `${ids}-url-hint`}
            className={fieldClass}
          />
        </div>
        <button
          type="submit"
          disabled={disabled}
          aria-busy={pending}
          className="rounded-md bg-accent px-5 py-2 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-60"
        >
          Export
        </button>
      </div>
      {urlError ? (
        <p id={`${ids}-url-error`} className="text-sm text-danger">
          {urlError}
        </p>
      ) : (
        <p id={`${ids}-url-hint`} className="text-sm text-muted">
          Where you will host the pictures: image cells become URL/images/…; without it they are
          relative paths (Shopify needs public URLs).
        </p>
      )}
      <p id={`${ids}-hint`} className="sr-only">
        {disabledReason ?? 'Exports the whole catalog as an import file.'}
      </p>
      {disabledReason ? <p className="text-sm text-muted">{disabledReason}</p> : null}
      <p role="status" className="text-sm text-ok">
        {pending ? (
          <span className="text-muted">Exporting {exportFormatLabels[format]}…</span>
        ) : message?.kind === 'ok' ? (
          message.text
        ) : null}
      </p>
      {message?.kind === 'error' ? (
        <p role="alert" className="text-sm text-danger">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
