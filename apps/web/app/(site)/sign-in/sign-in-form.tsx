'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { safeReturnTo } from './return-to.ts';

type Mode = 'sign-in' | 'sign-up';
type Field = 'name' | 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

/** Mirrors the auth package's limits (build-better-auth.ts) so most mistakes never leave the page. */
const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 128;

function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function checkFields(mode: Mode, email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'Enter an email address like name@example.com.';
  }
  if (!password) errors.password = 'Enter your password.';
  else if (mode === 'sign-up' && password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  } else if (password.length > MAX_PASSWORD_LENGTH) {
    errors.password = `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}

/** better-auth's error codes, put next to the field they are about (or above the button). */
function explainFailure(
  mode: Mode,
  status: number,
  body: { code?: string; message?: string },
  publicOrigin: string,
): { fieldErrors: FieldErrors; message: string } {
  if (status === 429) {
    return {
      fieldErrors: {},
      message: body.message ?? 'Too many attempts; wait a minute and try again.',
    };
  }
  switch (body.code) {
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return {
        fieldErrors: { email: 'An account with this email already exists. Sign in instead.' },
        message: '',
      };
    case 'PASSWORD_TOO_SHORT':
      return {
        fieldErrors: { password: `Use at least ${MIN_PASSWORD_LENGTH} characters.` },
        message: '',
      };
    case 'PASSWORD_TOO_LONG':
      return {
        fieldErrors: { password: `Use at most ${MAX_PASSWORD_LENGTH} characters.` },
        message: '',
      };
    case 'INVALID_EMAIL':
      return { fieldErrors: { email: 'Enter a valid email address.' }, message: '' };
    case 'INVALID_EMAIL_OR_PASSWORD':
      return { fieldErrors: {}, message: 'That email and password do not match.' };
    case 'INVALID_ORIGIN':
      // The auth routes only trust pages served from PUBLIC_URL (e.g. localhost, not 127.0.0.1).
      return {
        fieldErrors: {},
        message: `This page was opened at an address StoreCraft does not answer accounts on: open ${publicOrigin} and try again.`,
      };
    default:
      return {
        fieldErrors: {},
        message:
          mode === 'sign-in'
            ? 'Signing in did not work; try again in a moment.'
            : 'The account could not be created; try again in a moment.',
      };
  }
}

/**
 * Email + password against the auth routes; the session comes back as an HttpOnly cookie.
 * One form for both: `mode` picks sign-up (a personal workspace comes with the account).
 * `publicUrl` is where this StoreCraft is served (PUBLIC_URL): the auth routes refuse pages from
 * any other origin, so a page opened elsewhere (127.0.0.1 for localhost) says where to go first.
 */
export function AccountForm({
  mode,
  returnTo,
  publicUrl,
}: {
  mode: Mode;
  returnTo?: string;
  publicUrl: string;
}) {
  const [message, setMessage] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const publicOrigin = new URL(publicUrl).origin;
  // This same page at the public address, when it was opened at another one (known only here).
  const [samePageThere, setSamePageThere] = useState<string | undefined>();
  useEffect(() => {
    const here = window.location;
    if (here.origin !== publicOrigin) {
      setSamePageThere(`${publicOrigin}${here.pathname}${here.search}`);
    }
  }, [publicOrigin]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, 'email').trim();
    const password = formText(form, 'password');
    const name = formText(form, 'name').trim();
    const problems = checkFields(mode, email, password);
    setFieldErrors(problems);
    setMessage('');
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0];
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/auth/${mode}/email`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          mode === 'sign-up'
            ? { email, password, name: name || (email.split('@')[0] ?? email) }
            : { email, password },
        ),
      });
      if (response.ok) {
        // A full load, not a client navigation: the header and every server component must
        // render again as the signed-in person. Stay busy until the page goes.
        window.location.assign(safeReturnTo(returnTo));
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
      const failure = explainFailure(mode, response.status, body, publicOrigin);
      setFieldErrors(failure.fieldErrors);
      setMessage(failure.message);
      setBusy(false);
    } catch {
      setMessage('The server could not be reached; check your connection.');
      setBusy(false);
    }
  }

  return (
    // `post`: should the script not run, the browser must not put the password in the URL.
    <form
      method="post"
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
      noValidate
    >
      {samePageThere ? (
        <p role="status" className="rounded-md border border-danger p-3 text-sm">
          This StoreCraft is set up to be used at {publicOrigin} (its <code>PUBLIC_URL</code>), and
          accounts only work there.{' '}
          <a href={samePageThere} className="font-medium text-accent underline">
            {mode === 'sign-up' ? 'Create your account there' : 'Sign in there'}
          </a>
        </p>
      ) : null}
      {mode === 'sign-up' ? (
        <TextField
          name="name"
          label="Your name"
          hint="Optional. Shown to people in your workspaces."
          type="text"
          autoComplete="name"
          maxLength={100}
        />
      ) : null}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={fieldErrors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        required
        maxLength={MAX_PASSWORD_LENGTH}
        {...(mode === 'sign-up' ? { hint: `At least ${MIN_PASSWORD_LENGTH} characters.` } : {})}
        error={fieldErrors.password}
      />
      <p role="alert" className="min-h-5 text-sm text-danger">
        {message}
      </p>
      <button
        type="submit"
        disabled={busy}
        aria-busy={busy}
        className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
      >
        {mode === 'sign-up' ? 'Create account' : 'Sign in'}
      </button>
      <p aria-live="polite" className="sr-only">
        {busy ? (mode === 'sign-up' ? 'Creating your account…' : 'Signing in…') : ''}
      </p>
    </form>
  );
}

interface TextFieldProps {
  name: Field;
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  required?: boolean;
  maxLength?: number;
  hint?: string;
  error?: string | undefined;
}

/** A labelled input with its hint and its error right under it, both tied to it for screen readers. */
function TextField({
  name,
  label,
  type,
  autoComplete,
  required,
  maxLength,
  hint,
  error,
}: TextFieldProps) {
  const id = `account-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 block w-full rounded-md border px-3 py-2 text-base focus:border-accent ${
          error ? 'border-danger' : 'border-line'
        }`}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
