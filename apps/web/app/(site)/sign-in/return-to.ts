/**
 * Where to go after signing in: a path on this site only. `//host` and `/\host` are read by
 * browsers as other origins, so they (and anything not starting with `/`) fall back to home.
 */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** `?returnTo=…` for links between the sign-in and sign-up pages, or nothing. */
export function returnToQuery(returnTo: string | undefined): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? '' : `?returnTo=${encodeURIComponent(target)}`;
}
