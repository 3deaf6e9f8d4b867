import { readFileSync } from 'node:fs';
import { msg, type Message } from '../shared/i18n';

/** What the command refuses to go on with: printed in words, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly problem: Message,
    readonly showUsage = true,
  ) {
    super(problem.key);
  }
}

/** The system's reason for a failed file operation: its code (ENOENT, EACCES) when it has one. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Reads a whole file synchronously: for many small files, fs/promises' open-stat-read-close round
 * trips through the thread pool cost three times the read itself, and the pool is better left to
 * the signature checks. The verifications in flight go on while the thread reads.
 */
export function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(
      msg('report.cli.cannotRead', { path: file, detail: reason(error) }),
      false,
    );
  }
}
