'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { CopyButton, CopyField } from './copy-button.tsx';
import { formText } from './workspace-form-text.ts';

type Scope = 'read' | 'write';

const scopes: { value: Scope; label: string; help: string }[] = [
  {
    value: 'read',
    label: 'Read',
    help: 'Lists and downloads only: brands, catalogs, builds, exports.',
  },
  {
    value: 'write',
    label: 'Read & write',
    help: 'Everything a member can do: create brands, build catalogs, export. Needed by the CLI.',
  },
];

interface CreatedKey {
  name: string;
  scope: Scope;
  key: string;
}

/**
 * Name + scope → a new key. The full key is in the answer once (only its hash is kept), so it is
 * shown here once, with how to use it.
 */
export function ApiKeysCreateForm({
  workspaceId,
  publicUrl,
}: {
  workspaceId: string;
  publicUrl: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState('');
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<CreatedKey | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = formText(form, 'name').trim();
    const scope: Scope = formText(form, 'scope') === 'read' ? 'read' : 'write';
    setMessage('');
    if (!name) {
      setNameError('Give the key a name, such as “CI pipeline” or “Ada’s laptop”.');
      formElement.querySelector<HTMLInputElement>('[name="name"]')?.focus();
      return;
    }
    setNameError('');
    setBusy(true);
    try {
      const { apiKey, key } = await trpc.workspace.apiKeys.create.mutate({
        workspaceId,
        name,
        scope,
      });
      setCreated({ name: apiKey.name, scope: apiKey.scope, key });
      formElement.reset();
      router.refresh();
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      const onName = fieldErrors.find((fieldError) => fieldError.path === 'name');
      if (onName) setNameError(`The name ${onName.message}.`);
      else setMessage(text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
        <div>
          <label htmlFor="api-key-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="api-key-name"
            name="name"
            type="text"
            autoComplete="off"
            maxLength={80}
            required
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'api-key-name-error' : 'api-key-name-hint'}
            className={`mt-1 block w-full max-w-md rounded-md border px-3 py-2 text-base focus:border-accent ${
              nameError ? 'border-danger' : 'border-line'
            }`}
          />
          {nameError ? (
            <p id="api-key-name-error" className="mt-1 text-sm text-danger">
              {nameError}
            </p>
          ) : (
            <p id="api-key-name-hint" className="mt-1 text-xs text-muted">
              Where it will be used, so you know which to revoke later.
            </p>
          )}
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Scope</legend>
          <div className="mt-1 flex flex-col gap-2">
            {scopes.map((scope) => (
              <label key={scope.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="scope"
                  value={scope.value}
                  defaultChecked={scope.value === 'write'}
                  className="mt-1 accent-accent"
                />
                <span>
                  <span className="font-medium">{scope.label}</span>
                  <span className="block text-muted">{scope.help}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={busy}
          aria-busy={busy}
          className="self-start rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
        >
          {busy ? 'Creating…' : 'Create API key'}
        </button>
        <p role="alert" className="text-sm text-danger empty:hidden">
          {message}
        </p>
      </form>
      {created ? (
        <NewKey created={created} publicUrl={publicUrl} onDismiss={() => setCreated(null)} />
      ) : null}
    </div>
  );
}

function NewKey({
  created,
  publicUrl,
  onDismiss,
}: {
  created: CreatedKey;
  publicUrl: string;
  onDismiss: () => void;
}) {
  const origin = new URL(publicUrl).origin;
  const cli = `export STORECRAFT_API_KEY=${created.key}\nnpx storecraft generate --api-url ${origin} --niche "specialty coffee" --products 50 --out ./catalog`;
  const curl = `curl -H "Authorization: Bearer ${created.key}" ${origin}/api/trpc/workspace.list`;
  return (
    <div role="status" className="flex flex-col gap-4 rounded-lg border border-ok bg-panel p-4">
      <p className="text-sm">
        <span className="font-semibold text-ok">API key “{created.name}” created.</span> Copy it
        now: this is the only time it is shown. StoreCraft keeps only a hash of it.
      </p>
      <CopyField value={created.key} label={`API key ${created.name}`} />
      <div className="flex flex-col gap-2 text-sm">
        <h3 className="font-semibold">Using it</h3>
        <p className="text-muted">
          Send it in the{' '}
          <code className="font-mono text-ink">Authorization: Bearer &lt;key&gt;</code> header of
          API requests; it acts in this workspace only.
        </p>
        <Snippet text={curl} label="Example request" copyLabel="Copy the example request" />
        {created.scope === 'write' ? (
          <>
            <p className="text-muted">
              With the CLI, put it in <code className="font-mono text-ink">STORECRAFT_API_KEY</code>{' '}
              and point <code className="font-mono text-ink">storecraft generate --api-url</code> at
              this server: the build runs here and the exports download to{' '}
              <code className="font-mono text-ink">--out</code>.
            </p>
            <Snippet text={cli} label="CLI commands" copyLabel="Copy the CLI commands" />
          </>
        ) : (
          <p className="text-muted">
            This is a read key:{' '}
            <code className="font-mono text-ink">storecraft generate --api-url</code> needs a read
            &amp; write key.
          </p>
        )}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="self-start text-sm font-medium text-accent underline"
      >
        Done, I have copied it
      </button>
    </div>
  );
}

function Snippet({ text, label, copyLabel }: { text: string; label: string; copyLabel: string }) {
  return (
    <div className="flex flex-col gap-2">
      <pre
        aria-label={label}
        tabIndex={0}
        className="overflow-x-auto rounded-md bg-ink p-3 font-mono text-xs text-white"
      >
        {text}
      </pre>
      <div>
        <CopyButton value={text} label={copyLabel} />
      </div>
    </div>
  );
}
