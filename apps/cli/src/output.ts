import type { LogLevel } from '@storecraft/config';

/** Where the CLI writes; tests pass a capturing one. */
export interface Output {
  /** Results (summaries, reports): always written. */
  stdout(text: string): void;
  /** Raw stderr, for errors and progress bars. */
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  isInteractive: boolean;
  /**
   * `LOG_LEVEL`, set once the config is read: which of the lines below reach stderr. They are
   * plain functions, so they can be passed on (`openPlatform(config, out.warn)`).
   */
  logLevel: LogLevel;
  /** Detail for diagnosis (per-job lines): LOG_LEVEL=debug only. */
  debug: (line: string) => void;
  /** Notes and status lines: hidden by LOG_LEVEL=warn or error. */
  info: (line: string) => void;
  /** `warning: …` lines: hidden by LOG_LEVEL=error. */
  warn: (line: string) => void;
}

const severity: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Control characters (C0 but newline and tab, DEL, C1, which covers CSI) and the bidirectional
 * overrides: in text that came from a user or a file they could clear the screen, move the cursor,
 * retitle the window or reorder what the reader sees.
 */
const UNSAFE_FOR_TERMINAL = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` with every character that could drive the terminal written visibly as `\uXXXX`. Apply it
 * to user-provided text (a niche, a note, a file name, a CSV cell) before printing it, not to the
 * CLI's own output, whose progress bars use escape codes on purpose.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE_FOR_TERMINAL,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The log-line methods over a stderr writer; lines are terminal-safe and end with a newline. */
function logLines(
  output: Pick<Output, 'stderr' | 'logLevel'>,
): Pick<Output, 'debug' | 'info' | 'warn'> {
  const at = (level: LogLevel, prefix: string) => (line: string) => {
    if (severity[level] >= severity[output.logLevel]) {
      output.stderr(`${prefix}${terminalSafe(line)}\n`);
    }
  };
  return { debug: at('debug', ''), info: at('info', ''), warn: at('warn', 'warning: ') };
}

export function createOutput(): Output {
  const output = {
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
    isInteractive: Boolean(process.stderr.isTTY),
    logLevel: 'info' as LogLevel,
  };
  return Object.assign(output, logLines(output));
}

export function captureOutput(): Output & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    isInteractive: false,
    logLevel: 'info' as LogLevel,
    stdout(text: string) {
      captured.out += text;
    },
    stderr(text: string) {
      captured.err += text;
    },
  };
  return Object.assign(captured, logLines(captured));
}
