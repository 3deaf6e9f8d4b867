import type { FileFilter } from './contract';

/**
 * Which files an open request's filters let through when the app, not a native dialog, picks
 * them: the files of a chosen folder (desktop and browser alike).
 */

/** The filters' extensions, lower case, each once; '*' stands for any file. */
export function filterExtensions(filters: readonly FileFilter[]): string[] {
  return [...new Set(filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())))];
}

/** True when `name` ends in one of the extensions (any case), or when '*' is one of them. */
export function matchesExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => e === '*' || lower.endsWith(`.${e}`));
}

/** The extensions as a user reads them in a message, e.g. ".uniondesk-report、.json". */
export function describeExtensions(extensions: readonly string[]): string {
  return extensions.map((e) => (e === '*' ? '*' : `.${e}`)).join('、');
}

/**
 * A file or folder name that file managers hide: ".git", macOS's "._report" copies on USB
 * sticks, the ".name.tmp" of an unfinished atomic write. A folder import passes them over.
 */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}

/** Subfolder levels below a chosen folder that a folder import looks into. */
export const FOLDER_MAX_DEPTH = 4;

/**
 * Whether a folder import reads the file at `relativePath` ('/'-separated, inside the chosen
 * folder): no hidden part, not deeper than FOLDER_MAX_DEPTH, one of the extensions.
 */
export function isWantedInFolder(relativePath: string, extensions: readonly string[]): boolean {
  const segments = relativePath.split('/');
  return (
    segments.length <= FOLDER_MAX_DEPTH + 1 &&
    !segments.some(isHiddenName) &&
    matchesExtension(relativePath, extensions)
  );
}

/** The order of a folder's files: by relative path, code unit by code unit (the same on every OS). */
export function byRelativePath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
