/**
 * The one contract between the renderer and the desktop shell. Every IPC channel is declared
 * here once: its name, the method the preload exposes for it, its arguments and its result.
 * Main validates the arguments with `bridge/schemas.ts`; the preload derives `window.unionDesk`
 * from `bridgeMethods`. This file has no runtime dependencies so the sandboxed preload bundle
 * stays tiny.
 */

import type { BackupReason } from '../backup/reason';
import type { KeyRole, RotatedKey, RotationSubject, SigningKeyInfo } from '../signing/keys';

export interface FileFilter {
  /** Shown in the native dialog, e.g. "Excel 工作簿". */
  name: string;
  /** Without the dot, e.g. ["xlsx", "xls"]. */
  extensions: string[];
}

export interface AppInfo {
  name: string;
  productName: string;
  version: string;
  /** process.platform of the desktop, e.g. "win32" or "linux". */
  os: string;
  electron: string;
  chrome: string;
}

export interface SaveFileRequest {
  /** File name proposed in the dialog (no folders: the user picks the folder). */
  suggestedName: string;
  filters: FileFilter[];
  /** Bytes to write; a string is written as UTF-8. */
  data: Uint8Array | string;
  /** Dialog title. */
  title?: string;
}

/** What happened to a save: written (with the file name the user chose), or cancelled. */
export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

export interface OpenFilesRequest {
  filters: FileFilter[];
  multiple: boolean;
  title?: string;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

/**
 * Choose a folder: every file in it and its subfolders with one of the filters' extensions
 * (a few levels deep, within fixed bounds; links and hidden files are passed over). A folder
 * without a matching file is refused with a message.
 */
export interface OpenFolderRequest {
  filters: FileFilter[];
  title?: string;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

/**
 * The chosen folder's matching files, not yet read: `names` are paths relative to it with '/',
 * and `grant` lets the window read exactly these, in batches (`file:read-folder`).
 */
export interface FolderListing {
  grant: string;
  names: string[];
}

export interface ReadFolderRequest {
  grant: string;
  /** Index into the listing's names. */
  from: number;
  /** At most MAX_FOLDER_BATCH. */
  count: number;
}

export interface OpenedFile {
  /**
   * The file's base name; for a file from a chosen folder, its path relative to that folder
   * with '/' ("2026/某某工会.uniondesk-report"). Never an absolute path.
   */
  name: string;
  size: number;
  data: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape: boolean;
  title?: string;
}

/** Where backups are written: a folder on this PC, shown to the user as is. */
export interface BackupFolderLocation {
  folder: string;
  /** True while the user has not picked a folder of their own. */
  isDefault: boolean;
}

export interface BackupWriteRequest {
  reason: BackupReason;
  /** Goes into the file name, sanitised; an empty name becomes "未命名工会". */
  unionName: string;
  /** The backup file's bytes, built by the renderer; main stores them without reading them. */
  data: Uint8Array;
}

/** One backup file in the folder; its reason and time come from its name. */
export interface BackupFileEntry {
  /** A bare file name that main listed; the only way the renderer refers to a backup. */
  fileName: string;
  size: number;
  /** UTC ISO timestamp, to the second. */
  createdAt: string;
  reason: BackupReason;
}

export interface BackupFileRef {
  fileName: string;
}

export interface CreateSigningKeyRequest {
  role: KeyRole;
}

/** Only the union's key is rotated: its statement tells the federation about the new one. */
export interface RotateSigningKeyRequest {
  role: 'union';
  subject: RotationSubject;
}

/** Retires the role's active key, if it is still the one with this fingerprint. */
export interface RetireSigningKeyRequest {
  role: KeyRole;
  fingerprint: string;
}

/** Main signs with the role's active key; the private key never crosses the bridge. */
export interface SignEnvelopeRequest {
  role: KeyRole;
  payloadType: string;
  /** Canonical payload bytes, as `payloadBytes()` makes them; anything else is refused. */
  payload: Uint8Array;
}

/** Channel name → arguments and result. */
export interface ChannelMap {
  'app:info': { args: []; result: AppInfo };
  'file:save': { args: [SaveFileRequest]; result: SaveFileResult };
  'file:open': { args: [OpenFilesRequest]; result: OpenedFile[] };
  /** null when the user cancelled the folder dialog. */
  'file:open-folder': { args: [OpenFolderRequest]; result: FolderListing | null };
  'file:read-folder': { args: [ReadFolderRequest]; result: OpenedFile[] };
  'print:pdf': { args: [PrintToPdfRequest]; result: SaveFileResult };
  'backup:location': { args: []; result: BackupFolderLocation };
  /** null when the user cancelled the folder dialog. */
  'backup:choose-folder': { args: []; result: BackupFolderLocation | null };
  'backup:reveal': { args: []; result: null };
  'backup:write': { args: [BackupWriteRequest]; result: BackupFileEntry };
  /** Newest first. */
  'backup:list': { args: []; result: BackupFileEntry[] };
  'backup:read': { args: [BackupFileRef]; result: Uint8Array };
  'backup:export': { args: [BackupFileRef]; result: SaveFileResult };
  /** Every key, active and retired, newest first. */
  'keys:list': { args: []; result: SigningKeyInfo[] };
  'keys:create': { args: [CreateSigningKeyRequest]; result: SigningKeyInfo };
  'keys:rotate': { args: [RotateSigningKeyRequest]; result: RotatedKey };
  'keys:retire': { args: [RetireSigningKeyRequest]; result: SigningKeyInfo };
  /** The envelope file's text. */
  'keys:sign': { args: [SignEnvelopeRequest]; result: string };
}
export type Channel = keyof ChannelMap;

export type IpcErrorCode = 'bad-sender' | 'bad-args' | 'too-large' | 'io' | 'failed';
export interface IpcError {
  code: IpcErrorCode;
  /** Chinese text for the user, from the message catalogue. */
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The methods of `window.unionDesk`, each bound to one channel. */
export const bridgeMethods = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFiles: 'file:open',
  openFolder: 'file:open-folder',
  readFolder: 'file:read-folder',
  printToPdf: 'print:pdf',
  backupLocation: 'backup:location',
  chooseBackupFolder: 'backup:choose-folder',
  revealBackupFolder: 'backup:reveal',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  exportBackup: 'backup:export',
  listSigningKeys: 'keys:list',
  createSigningKey: 'keys:create',
  retireSigningKey: 'keys:retire',
  rotateSigningKey: 'keys:rotate',
  signEnvelope: 'keys:sign',
} as const satisfies Record<string, Channel>;
export type BridgeMethod = keyof typeof bridgeMethods;

/** The shape of `window.unionDesk` as the preload exposes it. */
export type UnionDeskBridge = {
  readonly [M in BridgeMethod]: (
    ...args: ChannelMap[(typeof bridgeMethods)[M]]['args']
  ) => Promise<IpcResult<ChannelMap[(typeof bridgeMethods)[M]]['result']>>;
};

/** The app's origin, frozen forever: IndexedDB lives under it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'uniondesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
