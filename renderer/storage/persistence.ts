import { formatBytes } from '../../shared/format/bytes';

/**
 * IndexedDB may be evicted under storage pressure unless the origin holds persistent storage,
 * so the app asks for it at start and tells the user when space runs low.
 */
export interface StorageStatus {
  /** Whether the browser granted persistent storage (null: the API is missing). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Free space is below the warning threshold. */
  low: boolean;
}

/** Warn below this much free quota: an import of a large roster with photos needs room. */
export const LOW_QUOTA_BYTES = 500 * 1024 * 1024;
/** …or when more than this share of the quota is used. */
export const LOW_QUOTA_RATIO = 0.9;

export function isLow(usage: number | null, quota: number | null): boolean {
  if (usage === null || quota === null || quota <= 0) return false;
  return quota - usage < LOW_QUOTA_BYTES || usage / quota > LOW_QUOTA_RATIO;
}

export async function ensurePersistentStorage(
  // null: a browser without the Storage API (old embedded webviews).
  storage: StorageManager | null = typeof navigator === 'undefined'
    ? null
    : (navigator.storage ?? null),
): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null, low: false };
  const persisted = await requestPersistence(storage);
  // Some embedded browsers throw here; the app still works, it just cannot warn.
  const estimate = await storage.estimate().catch(() => ({}) as StorageEstimate);
  const usage = estimate.usage ?? null;
  const quota = estimate.quota ?? null;
  return { persisted, usageBytes: usage, quotaBytes: quota, low: isLow(usage, quota) };
}

async function requestPersistence(storage: StorageManager): Promise<boolean | null> {
  try {
    const already = await storage.persisted();
    return already ? true : await storage.persist();
  } catch {
    return null;
  }
}

/** A size for the screen; '—' when the browser did not say. */
export function formatBytesOrDash(bytes: number | null): string {
  return bytes === null ? '—' : formatBytes(bytes);
}
