import { AppError } from '@storecraft/core';

const verbs: Record<string, string> = {
  mkdir: 'create',
  open: 'open',
  rename: 'replace',
  unlink: 'delete',
  rmdir: 'remove',
  scandir: 'read',
  read: 'read',
  write: 'write',
};

/**
 * Runs `work`, turning the file-system errors a user can fix (a read-only or full disk, a folder
 * without write permission) into one-line AppErrors instead of a stack trace.
 */
export async function withFsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error) ?? error;
  }
}

function toAppError(error: unknown): AppError | undefined {
  if (!(error instanceof Error) || !('code' in error) || !('syscall' in error)) return undefined;
  const { code, syscall } = error as NodeJS.ErrnoException;
  const { path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  const target = dest ?? path ?? 'a file';
  const action = `cannot ${verbs[syscall ?? ''] ?? 'write'} ${target}`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new AppError('INVALID_INPUT', `${action}: permission denied`, { cause: error });
    case 'EROFS':
      return new AppError('INVALID_INPUT', `${action}: the file system is read-only`, {
        cause: error,
      });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('INTERNAL', `${action}: no space left on the disk`, { cause: error });
    default:
      return undefined;
  }
}
