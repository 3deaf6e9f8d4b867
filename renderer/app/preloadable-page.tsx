import { lazy, useState, type ComponentType, type ReactElement } from 'react';

/** A page loaded on first use that can also be loaded ahead, while the user has not asked yet. */
export interface PreloadablePage {
  (): ReactElement;
  /** Loads the page's code; settles once it is ready to render without waiting. */
  preload(): Promise<void>;
}

/**
 * Like React.lazy, but once the code is in (opened before, or preloaded) the page renders at
 * once instead of suspending: a lazy component suspends on its first render even when its
 * code has already arrived, and React then holds the revealed page back (up to 300 ms, so that
 * content does not pop in piece by piece).
 */
export function preloadablePage(load: () => Promise<ComponentType>): PreloadablePage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const start = () => {
    loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // A failed load (an update replaced the files) is tried again next time.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await start() }));
  const Page = (() => {
    // Chosen once per mount: switching from Lazy to the loaded page later would remount it.
    const [Shown] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Shown />;
  }) as PreloadablePage;
  Page.preload = async () => {
    await start();
  };
  return Page;
}
