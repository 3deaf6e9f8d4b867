import { useCallback, useSyncExternalStore } from 'react';

/**
 * What follows the section in the URL hash: `#/meetings/<id>/edit` gives ['<id>', 'edit']. A page
 * keeps its open record there, so a reload or the back button returns to it.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readPath = (): string => window.location.hash.replace(/^#\/?/, '');

export function useHashDetail(section: string): [string[], (...parts: string[]) => void] {
  const raw = useSyncExternalStore(subscribe, readPath);
  const [, ...rest] = raw.split('/');
  const navigate = useCallback(
    (...parts: string[]) => {
      window.location.hash = `#/${[section, ...parts.map(encodeURIComponent)].join('/')}`;
    },
    [section],
  );
  return [rest.filter((p) => p !== '').map(decodeURIComponent), navigate];
}
