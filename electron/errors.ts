import type { IpcErrorCode } from '../shared/bridge/contract';
import { t } from '../shared/i18n';

/**
 * A failure the user should read about. `message` is Chinese text from the catalogue; it crosses
 * the bridge as is and is never logged. It may name the file or folder the user chose (they need
 * it to act, and 设置 shows the backup folder anyway) but never file contents or record data.
 */
export class DesktopError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'bad-sender' | 'bad-args'>,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DesktopError';
  }
}

export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a failed file write to a message that says what happened and what to do. */
export function writeError(error: unknown): DesktopError {
  if (error instanceof DesktopError) return error;
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DesktopError('io', t('file.error.noSpace'), { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new DesktopError('io', t('file.error.noPermission'), { cause: error });
    case 'EROFS':
      return new DesktopError('io', t('file.error.readOnly'), { cause: error });
    case 'EBUSY':
    case 'ETXTBSY':
      return new DesktopError('io', t('file.error.busy'), { cause: error });
    default:
      return new DesktopError('io', t('file.error.writeFailed', { code: code ?? '?' }), {
        cause: error,
      });
  }
}
