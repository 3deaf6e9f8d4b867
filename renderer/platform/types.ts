import type { AppInfo, FileFilter } from '../../shared/bridge/contract';
import type { BackupReason } from '../../shared/backup/reason';
import type { SigningService } from '../../shared/signing/keys';

// The signing contract lives in shared/ because the desktop key store in the main process
// implements it too; the UI imports it from here like the rest of the platform.
export type {
  KeyProtection,
  KeyRole,
  RotatedKey,
  RotationSubject,
  SigningKeyInfo,
  SigningService,
} from '../../shared/signing/keys';

/**
 * What the UI needs from the machine it runs on. One contract, one implementation per platform:
 * the desktop app (over `window.unionDesk`) and a plain browser (downloads, file inputs,
 * window.print), which is also what the end-to-end tests drive.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Saves bytes through a native save dialog (desktop) or as a download (browser). */
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  /** Lets the user pick files; an empty list means they cancelled. */
  openFiles(request: OpenRequest): Promise<PickedFile[]>;
  /** Prints the current view: to a PDF file (desktop) or through the print dialog (browser). */
  printCurrentView(request: PrintRequest): Promise<SaveOutcome>;
  /** Where backup files live: a visible folder (desktop) or a separate IndexedDB (browser). */
  readonly backups: BackupStore;
  /**
   * The union's and the federation's signing keys: in the main process, encrypted with the
   * system's key store (desktop), or non-extractable WebCrypto keys in IndexedDB (browser).
   */
  readonly signing: SigningService;
}

/**
 * The backup location. The renderer names backups only by the file names this store listed; it
 * never passes a folder or a path.
 */
export interface BackupStore {
  location(): Promise<BackupLocation>;
  /** Writes one backup file; the store names it from the reason, union name and time. */
  write(request: BackupWriteRequest): Promise<BackupFileInfo>;
  /** Every backup file present, newest first. */
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<Uint8Array>;
  /** Copies one stored backup elsewhere: a save dialog (desktop) or a download (browser). */
  exportCopy(fileName: string): Promise<SaveOutcome>;
  /** Desktop only: lets the user pick another folder; null when they cancelled. */
  chooseFolder?(): Promise<BackupLocation | null>;
  /** Desktop only: opens the folder in the system's file manager. */
  reveal?(): Promise<void>;
}

export interface BackupLocation {
  kind: 'folder' | 'browser';
  /** For the user: the folder's path, or a sentence saying the copies stay in this browser. */
  label: string;
  isDefault: boolean;
}

export interface BackupWriteRequest {
  reason: BackupReason;
  unionName: string;
  data: Uint8Array;
}

export interface BackupFileInfo {
  fileName: string;
  size: number;
  /** UTC ISO timestamp. */
  createdAt: string;
  reason: BackupReason;
}

export interface SaveRequest {
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array | string;
  title?: string;
}

export type SaveOutcome =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  /** The browser handed the job to its own dialog; whether the user finished is unknown. */
  | { status: 'handed-off' };

export interface OpenRequest {
  filters: FileFilter[];
  multiple: boolean;
  title?: string;
  maxBytes: number;
  /**
   * Pick a folder: every file in it and its subfolders with one of the filters' extensions.
   * A folder without such a file is refused with a PlatformError.
   */
  directory?: boolean;
  /**
   * Called as a chosen folder's files are read, from (0, total) once the folder is listed: a
   * folder of thousands of reports takes a while. Not called when the user cancels the dialog.
   */
  onProgress?: (read: number, total: number) => void;
  /** Stops reading a folder's files: the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface PickedFile {
  /** The file's name; from a folder, its path inside that folder with '/'. */
  name: string;
  size: number;
  data: Uint8Array;
}

export interface PrintRequest {
  suggestedName: string;
  landscape: boolean;
  title?: string;
}

/** A platform call that failed; `message` is Chinese text for the user. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
