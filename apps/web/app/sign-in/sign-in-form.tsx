'use client';

import { useState, type FormEvent } from 'react';

function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Email + password against the auth routes; the session comes back as an HttpOnly cookie. */
export function SignInForm() {
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>, mode: 'sign-in' | 'sign-up') {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, 'email');
    const password = formText(form, 'password');
    const response = await fetch(`/api/auth/${mode}/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        mode === 'sign-up' ? { email, password, name: email } : { email, password },
      ),
    });
    if (response.ok) window.location.assign('/workspace');
    else
      setMessage(
        response.status === 429 ? 'Too many attempts; wait a minute.' : 'That did not work.',
      );
  }

  return (
    <form onSubmit={(event) => void submit(event, 'sign-in')}>
      <p>
        <label>
          Email <input name="email" type="email" autoComplete="email" required />
        </label>
      </p>
      <p>
        <label>
          Password{' '}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            minLength={8}
          />
        </label>
      </p>
      <button type="submit">Sign in</button>{' '}
      <button
        type="button"
        onClick={(event) => {
          const form = event.currentTarget.form;
          if (form)
            void submit(
              { preventDefault() {}, currentTarget: form } as FormEvent<HTMLFormElement>,
              'sign-up',
            );
        }}
      >
        Create account
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
