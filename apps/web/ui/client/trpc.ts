import type { AppRouter } from '@storecraft/api';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';

/** The API from the browser: same origin, the session cookie rides along. */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpLink({ url: '/api/trpc' })],
});

export interface FieldErrorView {
  path: string;
  message: string;
}

/** What to tell the user about a failed call: the server's message and its field errors. */
export function describeError(error: unknown): { message: string; fieldErrors: FieldErrorView[] } {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      { fieldErrors?: FieldErrorView[]; httpStatus?: number } | undefined;
    const status = data?.httpStatus;
    return {
      message: status === 429 ? 'Too many requests; wait a moment and try again.' : error.message,
      fieldErrors: data?.fieldErrors ?? [],
    };
  }
  return { message: 'The server could not be reached; check your connection.', fieldErrors: [] };
}
