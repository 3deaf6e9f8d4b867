import { useEffect } from 'react';

/** `blob:` URLs in use, by Blob, with how many mounted components show each. */
const urls = new Map<Blob, { url: string; users: number }>();

// Long enough for React to remount in development (effects run twice) without a new URL.
const REVOKE_DELAY_MS = 1_000;

function entryFor(blob: Blob): { url: string; users: number } {
  let entry = urls.get(blob);
  if (!entry) {
    entry = { url: URL.createObjectURL(blob), users: 0 };
    urls.set(blob, entry);
  }
  return entry;
}

/**
 * A `blob:` URL for showing a stored Blob. Components showing the same Blob share one URL; it is
 * revoked shortly after the last of them goes away, so full-size photos do not stay in memory.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  useEffect(() => {
    if (!blob) return undefined;
    const entry = entryFor(blob);
    entry.users += 1;
    return () => {
      entry.users -= 1;
      setTimeout(() => {
        if (entry.users === 0 && urls.get(blob) === entry) {
          urls.delete(blob);
          URL.revokeObjectURL(entry.url);
        }
      }, REVOKE_DELAY_MS);
    };
  }, [blob]);
  return blob ? entryFor(blob).url : undefined;
}
