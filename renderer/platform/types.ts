import type { AppInfo, FileFilter } from '../../shared/bridge/contract';

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
}

export interface PickedFile {
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
