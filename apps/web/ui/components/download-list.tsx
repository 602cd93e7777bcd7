import type { ExportFormat } from '@storecraft/core';
import { exportFormatLabels, formatBytes, formatUtc } from './export-formats.tsx';

/** One export as the download centre lists it, with its link when it has a file. */
export interface DownloadItem {
  id: string;
  format: ExportFormat;
  status: 'pending' | 'running' | 'done' | 'failed';
  rowCount: number | null;
  byteSize: number | null;
  lastError: string | null;
  createdAt: Date;
  /** A signed link, minted when the page was rendered; null unless the export is done. */
  download: { url: string; expiresAt: Date } | null;
}

const statusView: Record<DownloadItem['status'], { label: string; className: string }> = {
  done: { label: 'Ready', className: 'bg-ok/10 text-ok' },
  running: { label: 'Exporting…', className: 'bg-accent/10 text-accent' },
  pending: { label: 'Queued', className: 'bg-line text-muted' },
  failed: { label: 'Failed', className: 'bg-danger/10 text-danger' },
};

const headerCell = 'border-b border-line px-3 py-2 text-left font-semibold';
const bodyCell = 'border-b border-line px-3 py-3 align-top';
/** Columns a phone has no room for: their facts move under the format's name. */
const wideOnly = 'hidden sm:table-cell';

/** Every export of the brand, newest first: what it is, how big, and the link to fetch it. */
export function DownloadList({ items }: { items: readonly DownloadItem[] }) {
  if (items.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-line p-8 text-center">
        <p className="font-medium">No exports yet.</p>
        <p className="mt-1 text-sm text-muted">
          Choose a format above and press Export; the file appears here with its download link.
        </p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">Exports of this brand, newest first</caption>
        <thead className="bg-panel">
          <tr>
            <th scope="col" className={headerCell}>
              Format
            </th>
            <th scope="col" className={headerCell}>
              Status
            </th>
            <th scope="col" className={`${headerCell} ${wideOnly} text-right`}>
              Rows
            </th>
            <th scope="col" className={`${headerCell} ${wideOnly} text-right`}>
              Size
            </th>
            <th scope="col" className={`${headerCell} ${wideOnly}`}>
              Created
            </th>
            <th scope="col" className={headerCell}>
              File
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <DownloadRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DownloadRow({ item }: { item: DownloadItem }) {
  const status = statusView[item.status];
  const nameId = `export-${item.id}`;
  const unit = item.format === 'thumbnails' ? 'pictures' : 'rows';
  const facts = [
    item.rowCount === null ? null : `${item.rowCount.toLocaleString('en')} ${unit}`,
    item.byteSize === null ? null : formatBytes(item.byteSize),
    formatUtc(item.createdAt),
  ].filter((fact) => fact !== null);
  return (
    <tr>
      <th scope="row" className={`${bodyCell} text-left font-medium`}>
        <span id={nameId}>{exportFormatLabels[item.format]}</span>
        <span className="mt-1 block text-xs font-normal text-muted sm:hidden">
          {facts.join(' · ')}
        </span>
      </th>
      <td className={bodyCell}>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${status.className}`}>
          {status.label}
        </span>
        {item.status === 'failed' && item.lastError ? (
          <p className="mt-1 max-w-64 text-xs text-danger">{item.lastError}</p>
        ) : null}
      </td>
      <td className={`${bodyCell} ${wideOnly} text-right tabular-nums`}>
        {item.rowCount === null ? (
          <span className="text-muted">—</span>
        ) : (
          <>
            {item.rowCount.toLocaleString('en')} <span className="text-muted">{unit}</span>
          </>
        )}
      </td>
      <td className={`${bodyCell} ${wideOnly} text-right tabular-nums`}>
        {item.byteSize === null ? (
          <span className="text-muted">—</span>
        ) : (
          formatBytes(item.byteSize)
        )}
      </td>
      <td className={`${bodyCell} ${wideOnly}`}>
        <time dateTime={item.createdAt.toISOString()}>{formatUtc(item.createdAt)}</time>
      </td>
      <td className={bodyCell}>
        {item.download ? (
          <div className="flex flex-col gap-0.5">
            <a
              href={item.download.url}
              download
              aria-describedby={nameId}
              className="font-medium text-accent underline underline-offset-2 hover:opacity-80"
            >
              Download
            </a>
            <span className="text-xs text-muted">
              Link expires{' '}
              <time dateTime={item.download.expiresAt.toISOString()}>
                {formatUtc(item.download.expiresAt)}
              </time>
            </span>
          </div>
        ) : (
          <span className="text-muted">{item.status === 'failed' ? 'No file' : '—'}</span>
        )}
      </td>
    </tr>
  );
}
