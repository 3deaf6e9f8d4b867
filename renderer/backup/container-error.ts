/**
 * Why a backup file was refused. The container raises the first group; the layers above it
 * (snapshot, restore) reuse the same class for theirs, so the UI has one error type to show.
 */
export type BackupErrorCode =
  | 'empty'
  | 'not-backup'
  | 'truncated'
  | 'corrupt'
  | 'password-required'
  | 'wrong-password'
  | 'newer-format'
  | 'too-large'
  // Raised by backup-file.ts and restore.ts, not by the container.
  | 'unsupported'
  | 'newer-schema'
  | 'write-failed'
  | 'safety-copy-failed';

/** A refusal with a message for the user (from the catalogue) and a code for the program. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'BackupError';
  }
}
