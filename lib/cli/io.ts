import type { Readable, Writable } from 'node:stream';

/** The streams a command uses; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Now, for the default `--today`. */
  now?: Date;
}

export class UsageError extends Error {}
