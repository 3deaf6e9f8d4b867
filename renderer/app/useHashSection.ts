import { useCallback, useSyncExternalStore } from 'react';
import type { SectionKey } from './sections';

/**
 * The current section lives in the URL hash (`#/settings`), so a reload keeps the user where
 * they were and the same build works under app:// and plain http without server routing.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = (): string => window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';

export function useHashSection(
  known: readonly SectionKey[],
  fallback: SectionKey,
): [SectionKey, (next: SectionKey) => void] {
  const raw = useSyncExternalStore(subscribe, readHash);
  const current = (known as readonly string[]).includes(raw) ? (raw as SectionKey) : fallback;
  const navigate = useCallback((next: SectionKey) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [current, navigate];
}
