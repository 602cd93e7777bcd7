/** Where the CLI writes; tests pass a capturing one. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  isInteractive: boolean;
}

export function createOutput(): Output {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isInteractive: Boolean(process.stderr.isTTY),
  };
}

export function captureOutput(): Output & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    isInteractive: false,
    stdout(text: string) {
      captured.out += text;
    },
    stderr(text: string) {
      captured.err += text;
    },
  };
  return captured;
}
