import type { ApiKeySummary } from '@storecraft/auth';
import { ApiKeysRevokeButton } from './api-keys-revoke-button.tsx';
import { formatDate, formatDateTime } from './workspace-format.ts';

const scopeText: Record<ApiKeySummary['scope'], string> = {
  read: 'Read',
  write: 'Read & write',
};

/** Active keys with their revoke buttons, then revoked ones (kept for the record, no actions). */
export function ApiKeysList({
  workspaceId,
  keys,
}: {
  workspaceId: string;
  keys: readonly ApiKeySummary[];
}) {
  const active = keys.filter((key) => key.revokedAt === null);
  const revoked = keys.filter((key) => key.revokedAt !== null);
  return (
    <div className="flex flex-col gap-6">
      {active.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center text-sm text-muted">
          No API keys yet. Create one to let the CLI or a script work in this workspace.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {active.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
              <KeyIdentity apiKey={key} />
              <KeyDates apiKey={key} />
              <div className="sm:w-24 sm:text-right">
                <ApiKeysRevokeButton workspaceId={workspaceId} keyId={key.id} name={key.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {revoked.length > 0 ? (
        <details className="rounded-lg border border-line">
          <summary className="cursor-pointer p-4 text-sm font-medium text-muted">
            Revoked keys ({revoked.length})
          </summary>
          <ul className="divide-y divide-line border-t border-line">
            {revoked.map((key) => (
              <li
                key={key.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4 text-muted"
              >
                <KeyIdentity apiKey={key} />
                <p className="text-sm">
                  Revoked{' '}
                  {key.revokedAt ? (
                    <time dateTime={key.revokedAt.toISOString()}>{formatDate(key.revokedAt)}</time>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function KeyDates({ apiKey }: { apiKey: ApiKeySummary }) {
  return (
    <dl className="grid w-64 grid-cols-[auto_1fr] gap-x-2 text-sm text-muted">
      <dt>Created</dt>
      <dd>
        <time dateTime={apiKey.createdAt.toISOString()}>{formatDate(apiKey.createdAt)}</time>
      </dd>
      <dt>Last used</dt>
      <dd>
        {apiKey.lastUsedAt ? (
          <time dateTime={apiKey.lastUsedAt.toISOString()}>
            {formatDateTime(apiKey.lastUsedAt)}
          </time>
        ) : (
          'Never'
        )}
      </dd>
    </dl>
  );
}

function KeyIdentity({ apiKey }: { apiKey: ApiKeySummary }) {
  return (
    <div className="min-w-0 flex-1 basis-56">
      <p className="truncate font-medium text-ink">{apiKey.name}</p>
      <p className="text-sm">
        <code className="font-mono text-xs">{apiKey.prefix}…</code>
        <span className="ml-2 rounded-full border border-line px-2 py-0.5 text-xs font-medium">
          {scopeText[apiKey.scope]}
        </span>
      </p>
    </div>
  );
}
