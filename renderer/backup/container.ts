/**
 * The backup file container: one zip holding `manifest.json`, `manifest.sha256` (the manifest's
 * own hash, so a damaged manifest is noticed) and the caller's files, each listed in the manifest
 * with its SHA-256 and size; optionally wrapped in a password envelope (encryption.ts).
 *
 * fflate's unzip does not check CRC-32, so the SHA-256 checks here are the integrity guarantee:
 * `unpackBackup` returns every listed file verified, or throws a `BackupError` whose message
 * tells the user what happened and what to do. Only fflate's synchronous API and its streaming
 * `Zip` are used: its async API starts Workers from blob: URLs, which the app's CSP forbids.
 */
import { unzipSync, Zip, ZipDeflate, ZipPassThrough, type UnzipFileInfo } from 'fflate';
import { formatBytes } from '../../shared/format/bytes';
import { t } from '../../shared/i18n';
import { BackupError } from './container-error';
import {
  concatBytes,
  isCutOffPrefix,
  nextTask,
  readUint16LE,
  readUint32LE,
  sha256Hex,
  startsWith,
} from './container-bytes';
import {
  DEFAULT_KDF_ITERATIONS,
  derivePasswordKey,
  envelopeKind,
  envelopeVersion,
  openBackup,
  sealBackup,
  SUPPORTED_ENVELOPE_VERSION,
} from './encryption';

export { BackupError, type BackupErrorCode } from './container-error';
export { DEFAULT_KDF_ITERATIONS, isEncryptedBackup } from './encryption';

export const BACKUP_FORMAT = 'uniondesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_HASH_PATH = 'manifest.sha256';
/** Default ceiling on what one backup may hold once unpacked (and so on what may be packed). */
export const DEFAULT_MAX_TOTAL_BYTES = 2 * 1024 ** 3;

export interface BackupFileEntry {
  path: string;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** UTC ISO timestamp. */
  createdAt: string;
  /** Filled in by `packBackup`. */
  files: BackupFileEntry[];
  /** The caller's own description of what the backup holds; the container does not read it. */
  content: Record<string, unknown>;
}

export interface PackInput {
  path: string;
  data: Uint8Array;
  /** false stores the bytes as they are: for attachments that are already compressed. */
  compress: boolean;
}

export interface PackOptions {
  /** An empty string means no password. */
  password?: string;
  /** PBKDF2 iterations; tests lower it, the app keeps the default. */
  kdfIterations?: number;
  /** Bytes of the caller's files written so far, out of their total. */
  onProgress?: (done: number, total: number) => void;
}

export interface UnpackOptions {
  password?: string;
  /** Refuse files that declare more than this once unpacked; default 2 GiB. */
  maxTotalBytes?: number;
}

export interface UnpackedBackup {
  manifest: BackupManifest;
  /** Every file of the manifest, in its order, each checked against its size and SHA-256. */
  files: Map<string, Uint8Array>;
  encrypted: boolean;
}

const encoder = new TextEncoder();
const LOCAL_HEADER_SIGNATURE = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const END_OF_DIRECTORY_BYTES = 22;
/** The smallest central-directory record. */
const DIRECTORY_RECORD_BYTES = 46;
const MAX_DEFLATE_RATIO = 1032;
const DEFLATE_LEVEL = 6;
/** Files are fed to the zip in slices so that progress moves and the window stays responsive. */
const SLICE_BYTES = 1 << 20;
/** How long to work before letting the renderer paint. */
const WORK_MS = 40;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_PATH_LENGTH = 1024;

// ---------------------------------------------------------------------------------------------
// Paths

/** Why a path may not name a file in a backup, or null when it may. */
function pathProblem(path: unknown): string | null {
  if (typeof path !== 'string' || path.length === 0) return 'is empty';
  if (path.length > MAX_PATH_LENGTH) return 'is too long';
  if (path.startsWith('/')) return 'is absolute';
  if (path.includes('\\')) return 'contains a backslash';
  if (/\p{Cc}/u.test(path)) return 'contains a control character';
  // A lone surrogate would not survive the UTF-8 round trip through the zip.
  if (/\p{Cs}/u.test(path)) return 'is not well-formed Unicode';
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty segment';
    if (segment === '.' || segment === '..') return 'has a "." or ".." segment';
  }
  // fflate collects entries in a plain object, where this key would set the prototype instead.
  if (path === '__proto__') return 'is reserved';
  if (path === MANIFEST_PATH || path === MANIFEST_HASH_PATH) return 'is reserved for the manifest';
  return null;
}

/** A name from a damaged or foreign file, safe to put in a message. */
function displayName(name: string): string {
  if (name === '') return '?';
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Errors

const refuse = {
  empty: () => new BackupError('empty', t('backup.error.empty')),
  notBackup: () => new BackupError('not-backup', t('backup.error.notBackup')),
  truncated: () => new BackupError('truncated', t('backup.error.truncated')),
  newerFormat: (version: number, supported: number) =>
    new BackupError('newer-format', t('backup.error.newerFormat', { version, supported })),
  tooLarge: (size: number, limit: number) =>
    new BackupError(
      'too-large',
      t('backup.error.tooLarge', { size: formatBytes(size), limit: formatBytes(limit) }),
    ),
  checksum: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptChecksum', { entry: displayName(entry) })),
  size: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptSize', { entry: displayName(entry) })),
  missing: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptMissing', { entry: displayName(entry) })),
  unlisted: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptUnlisted', { entry: displayName(entry) })),
  duplicate: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptDuplicate', { entry: displayName(entry) })),
  path: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptPath', { entry: displayName(entry) })),
  inflate: (entry: string, cause?: unknown) =>
    new BackupError(
      'corrupt',
      t('backup.error.corruptInflate', { entry: displayName(entry) }),
      cause === undefined ? undefined : { cause },
    ),
  manifest: (entry: string) =>
    new BackupError('corrupt', t('backup.error.corruptManifest', { entry })),
  directory: (cause?: unknown) =>
    new BackupError(
      'corrupt',
      t('backup.error.corruptDirectory'),
      cause === undefined ? undefined : { cause },
    ),
};

// ---------------------------------------------------------------------------------------------
// Packing

function checkPackInput(input: {
  createdAt: string;
  content: Record<string, unknown>;
  files: PackInput[];
}): Date {
  const date = new Date(input.createdAt);
  if (
    typeof input.createdAt !== 'string' ||
    !UTC_ISO.test(input.createdAt) ||
    Number.isNaN(date.getTime())
  ) {
    throw new RangeError(
      `packBackup: createdAt must be a UTC ISO timestamp, got ${input.createdAt}`,
    );
  }
  if (!isRecord(input.content)) throw new TypeError('packBackup: content must be a plain object');
  const seen = new Set<string>();
  for (const file of input.files) {
    const problem = pathProblem(file.path);
    if (problem) throw new Error(`packBackup: path ${JSON.stringify(file.path)} ${problem}`);
    if (seen.has(file.path)) throw new Error(`packBackup: path ${file.path} appears twice`);
    seen.add(file.path);
    if (!(file.data instanceof Uint8Array)) {
      throw new TypeError(`packBackup: data of ${file.path} is not a Uint8Array`);
    }
  }
  return date;
}

/** The zip timestamp (local time, as zip tools show it): fflate writes years 1980–2099 only. */
function zipTime(date: Date): Date {
  const year = date.getFullYear();
  return year >= 1980 && year <= 2099 ? date : new Date(1980, 0, 1);
}

/**
 * Writes the zip through fflate's streaming `Zip`, which keeps the entries in the order given
 * (an object passed to `zipSync` would put integer-like names first) and lets the work be
 * sliced. Stored entries pass the caller's bytes through without a copy; the output is joined
 * once at the end.
 */
async function writeZip(
  entries: readonly PackInput[],
  mtime: Date,
  onBytes: (done: number) => void,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else {
      chunks.push(chunk);
      length += chunk.length;
    }
  });
  let done = 0;
  let sliceStart = performance.now();
  for (const entry of entries) {
    const file = entry.compress
      ? new ZipDeflate(entry.path, { level: DEFLATE_LEVEL })
      : new ZipPassThrough(entry.path);
    file.mtime = mtime;
    zip.add(file);
    const data = entry.data;
    if (data.length === 0) file.push(data, true);
    for (let offset = 0; offset < data.length; offset += SLICE_BYTES) {
      const end = Math.min(offset + SLICE_BYTES, data.length);
      file.push(data.subarray(offset, end), end === data.length);
      done += end - offset;
      onBytes(done);
      if (performance.now() - sliceStart > WORK_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    if (failures.length > 0) throw failures[0];
  }
  zip.end();
  if (failures.length > 0) throw failures[0];
  return concatBytes(chunks, length);
}

/**
 * Packs the caller's files into one backup file. The caller must not change any `data` until
 * the promise settles. Invalid paths, timestamps or options are programming errors (plain
 * `Error`); only data too large to back up is a `BackupError` (`too-large`).
 */
export async function packBackup(
  input: { createdAt: string; content: Record<string, unknown>; files: PackInput[] },
  options: PackOptions = {},
): Promise<Uint8Array> {
  const createdAt = checkPackInput(input);
  const total = input.files.reduce((sum, file) => sum + file.data.length, 0);
  if (total > DEFAULT_MAX_TOTAL_BYTES) {
    // unpackBackup would refuse it by default: better no file than one that cannot be restored.
    throw new BackupError(
      'too-large',
      t('backup.error.tooLargeToPack', {
        size: formatBytes(total),
        limit: formatBytes(DEFAULT_MAX_TOTAL_BYTES),
      }),
    );
  }
  // Stretching the password takes most of a second; WebCrypto does it on its own thread while
  // this one hashes and deflates.
  const passwordKey = options.password
    ? derivePasswordKey(options.password, options.kdfIterations ?? DEFAULT_KDF_ITERATIONS)
    : null;
  // Awaited below; this only keeps a failure of the zip, thrown first, from leaving it unhandled.
  passwordKey?.catch(() => undefined);

  const report = (done: number) => options.onProgress?.(done, total);
  report(0);
  const files: BackupFileEntry[] = [];
  for (const file of input.files) {
    files.push({ path: file.path, sha256: await sha256Hex(file.data), bytes: file.data.length });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: input.createdAt,
    files,
    content: input.content,
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest));
  const manifestHash = encoder.encode(await sha256Hex(manifestBytes));

  const head: PackInput[] = [
    { path: MANIFEST_PATH, data: manifestBytes, compress: true },
    { path: MANIFEST_HASH_PATH, data: manifestHash, compress: false },
  ];
  const headBytes = manifestBytes.length + manifestHash.length;
  const zip = await writeZip([...head, ...input.files], zipTime(createdAt), (done) => {
    const filesDone = done - headBytes;
    // The last report is left for the end, after encryption.
    if (filesDone > 0 && filesDone < total) report(filesDone);
  });
  const result = passwordKey ? await sealBackup(zip, await passwordKey) : zip;
  report(total);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Unpacking: the zip

/**
 * Where the end-of-central-directory record is, or -1. It must end exactly at the end of the
 * file and follow its directory: a record further back is either a cut-off file's leftover or
 * one inside a stored attachment that is itself a zip (an .xlsx), not ours.
 */
function findEndOfDirectory(zip: Uint8Array): number {
  const last = zip.length - END_OF_DIRECTORY_BYTES;
  for (let at = last; at >= 0 && last - at <= 0xffff; at -= 1) {
    if (readUint32LE(zip, at) !== END_OF_DIRECTORY_SIGNATURE) continue;
    if (at + END_OF_DIRECTORY_BYTES + readUint16LE(zip, at + 20) !== zip.length) continue;
    const directorySize = readUint32LE(zip, at + 12);
    const directoryOffset = readUint32LE(zip, at + 16);
    // 0xffffffff: a ZIP64 archive, whose real offset is elsewhere (never ours).
    if (directoryOffset === 0xffffffff || directoryOffset + directorySize === at) return at;
  }
  return -1;
}

/** The first local header names our manifest: a file of ours, even if its directory is damaged. */
function beginsWithManifest(zip: Uint8Array): boolean {
  const name = encoder.encode(MANIFEST_PATH);
  return (
    readUint16LE(zip, 26) === name.length && startsWith(zip.subarray(30, 30 + name.length), name)
  );
}

/** Every entry of the central directory, read without inflating anything. */
function listEntries(zip: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  // A damaged entry count would otherwise send fflate through gigabytes of "records".
  const maxEntries = Math.floor(zip.length / DIRECTORY_RECORD_BYTES);
  try {
    unzipSync(zip, {
      filter: (info) => {
        if (entries.length >= maxEntries) throw new Error('more entries than the file can hold');
        entries.push({ ...info });
        return false;
      },
    });
  } catch (error) {
    if (beginsWithManifest(zip)) throw refuse.directory(error);
    throw refuse.notBackup();
  }
  return entries;
}

interface Budget {
  used: number;
  readonly limit: number;
}

/**
 * The memory fflate takes for an entry: it allocates the declared size to inflate into, and
 * copies a stored entry's bytes (never past the end of the file).
 */
function cost(info: UnzipFileInfo, zipLength: number): number {
  return info.compression === 0 ? Math.min(info.size, zipLength) : info.originalSize;
}

/**
 * Whether the declared size could come from the entry's bytes at all. Deflate codes a 258-byte
 * run in 2 bits at best, so no honest entry inflates more than 1032-fold; a size beyond that is
 * a damaged directory, not a big backup.
 */
function isPlausibleSize(info: UnzipFileInfo): boolean {
  if (info.compression === 0) return info.originalSize === info.size;
  return info.originalSize <= info.size * MAX_DEFLATE_RATIO + 1024;
}

/**
 * Extracts the wanted entries. The size each declares is charged to the budget in fflate's
 * filter, before that entry is inflated: a zip bomb is refused, not allocated.
 */
function extract(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  budget: Budget,
): Map<string, Uint8Array> {
  const declared = new Map<string, number>();
  let current = '?';
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (info) => {
        if (!wanted(info.name)) return false;
        const size = cost(info, zip.length);
        if (budget.used + size > budget.limit) {
          throw refuse.tooLarge(budget.used + size, budget.limit);
        }
        budget.used += size;
        current = info.name;
        declared.set(info.name, info.originalSize);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw refuse.inflate(current, error);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, size] of declared) {
    const data = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
    if (!data) throw refuse.missing(name);
    // A directory whose size disagrees with what the entry holds is damaged, even when the
    // bytes themselves are intact.
    if (data.length !== size) {
      throw name === MANIFEST_PATH || name === MANIFEST_HASH_PATH
        ? refuse.manifest(name)
        : refuse.size(name);
    }
    out.set(name, data);
  }
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

function readFileEntry(value: unknown, seen: Set<string>): BackupFileEntry {
  if (!isRecord(value)) throw refuse.manifest(MANIFEST_PATH);
  const { path, sha256, bytes } = value;
  if (typeof path !== 'string') throw refuse.manifest(MANIFEST_PATH);
  if (pathProblem(path)) throw refuse.path(path);
  if (seen.has(path)) throw refuse.duplicate(path);
  seen.add(path);
  if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) throw refuse.manifest(MANIFEST_PATH);
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) {
    throw refuse.manifest(MANIFEST_PATH);
  }
  return { path, sha256, bytes };
}

/**
 * Reads and checks the manifest. Whether the file is ours at all, and whether a newer version
 * wrote it, is decided here, before anything else is unpacked.
 */
async function readManifest(
  manifestBytes: Uint8Array,
  hashBytes: Uint8Array | undefined,
): Promise<BackupManifest> {
  const parsed = parseJson(manifestBytes);
  if (hashBytes) {
    const expected = new TextDecoder().decode(hashBytes);
    if (!SHA256_HEX.test(expected) || expected !== (await sha256Hex(manifestBytes))) {
      throw refuse.manifest(MANIFEST_PATH);
    }
    if (parsed === undefined) throw refuse.manifest(MANIFEST_PATH);
  }
  // Many zips hold a manifest.json; only ours says this.
  if (!isRecord(parsed) || parsed['format'] !== BACKUP_FORMAT) throw refuse.notBackup();
  const version = parsed['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse.manifest(MANIFEST_PATH);
  }
  if (version > BACKUP_FORMAT_VERSION) throw refuse.newerFormat(version, BACKUP_FORMAT_VERSION);
  if (!hashBytes) throw refuse.missing(MANIFEST_HASH_PATH);

  const createdAt = parsed['createdAt'];
  const files = parsed['files'];
  const content = parsed['content'];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    throw refuse.manifest(MANIFEST_PATH);
  }
  if (!Array.isArray(files) || !isRecord(content)) throw refuse.manifest(MANIFEST_PATH);
  const seen = new Set<string>();
  return {
    format: BACKUP_FORMAT,
    formatVersion: version,
    createdAt,
    files: files.map((entry: unknown) => readFileEntry(entry, seen)),
    content,
  };
}

async function readZip(
  zip: Uint8Array,
  maxTotalBytes: number,
): Promise<{ manifest: BackupManifest; files: Map<string, Uint8Array> }> {
  if (!startsWith(zip, LOCAL_HEADER_SIGNATURE)) {
    throw isCutOffPrefix(zip, LOCAL_HEADER_SIGNATURE) ? refuse.truncated() : refuse.notBackup();
  }
  if (findEndOfDirectory(zip) < 0) throw refuse.truncated();
  const entries = listEntries(zip);
  if (!entries.some((entry) => entry.name === MANIFEST_PATH)) {
    throw beginsWithManifest(zip) ? refuse.directory() : refuse.notBackup();
  }
  const listed = new Map<string, UnzipFileInfo>();
  for (const entry of entries) {
    // fflate would silently keep only the last of two entries with one name.
    if (listed.has(entry.name)) throw refuse.duplicate(entry.name);
    listed.set(entry.name, entry);
  }

  const manifestInfo = listed.get(MANIFEST_PATH);
  const hashInfo = listed.get(MANIFEST_HASH_PATH);
  if (!manifestInfo || !isPlausibleSize(manifestInfo)) throw refuse.manifest(MANIFEST_PATH);
  if (hashInfo && !isPlausibleSize(hashInfo)) throw refuse.manifest(MANIFEST_HASH_PATH);
  const budget: Budget = { used: 0, limit: maxTotalBytes };
  const head = extract(
    zip,
    (name) => name === MANIFEST_PATH || name === MANIFEST_HASH_PATH,
    budget,
  );
  const manifestBytes = head.get(MANIFEST_PATH);
  if (!manifestBytes) throw refuse.missing(MANIFEST_PATH);
  const manifest = await readManifest(manifestBytes, head.get(MANIFEST_HASH_PATH));

  // The directory must agree with the (verified) manifest before any size is believed: a size
  // that disagrees is damage, and only an agreeing one can make a backup too large.
  const inManifest = new Set<string>();
  for (const file of manifest.files) {
    const entry = listed.get(file.path);
    if (!entry) throw refuse.missing(file.path);
    if (entry.originalSize !== file.bytes) throw refuse.size(file.path);
    inManifest.add(file.path);
  }
  for (const entry of entries) {
    if (entry.name === MANIFEST_PATH || entry.name === MANIFEST_HASH_PATH) continue;
    if (pathProblem(entry.name)) throw refuse.path(entry.name);
    if (!inManifest.has(entry.name)) throw refuse.unlisted(entry.name);
    if (entry.compression !== 0 && entry.compression !== 8) throw refuse.inflate(entry.name);
    if (!isPlausibleSize(entry)) throw refuse.size(entry.name);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (declared > maxTotalBytes) throw refuse.tooLarge(declared, maxTotalBytes);

  const extracted = extract(zip, (name) => inManifest.has(name), budget);
  const files = new Map<string, Uint8Array>();
  for (const file of manifest.files) {
    const data = extracted.get(file.path);
    if (!data) throw refuse.missing(file.path);
    if (data.length !== file.bytes) throw refuse.size(file.path);
    if ((await sha256Hex(data)) !== file.sha256) throw refuse.checksum(file.path);
    files.set(file.path, data);
  }
  return { manifest, files };
}

// ---------------------------------------------------------------------------------------------
// Unpacking: the file

/**
 * Reads a backup file: decrypts it if it is encrypted (the password is ignored for a plain
 * file), then checks every byte against the manifest. Throws `BackupError` for anything short of
 * a complete, intact backup this version can read.
 */
export async function unpackBackup(
  bytes: Uint8Array,
  options: UnpackOptions = {},
): Promise<UnpackedBackup> {
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  if (!(maxTotalBytes > 0)) throw new RangeError('unpackBackup: maxTotalBytes must be positive');
  if (bytes.length === 0) throw refuse.empty();
  const kind = envelopeKind(bytes);
  if (kind === 'newer') {
    throw refuse.newerFormat(envelopeVersion(bytes), SUPPORTED_ENVELOPE_VERSION);
  }
  if (kind === 'cut-off') throw refuse.truncated();
  const encrypted = kind === 'encrypted';
  const zip = encrypted ? await openBackup(bytes, options.password) : bytes;
  const { manifest, files } = await readZip(zip, maxTotalBytes);
  return { manifest, files, encrypted };
}
