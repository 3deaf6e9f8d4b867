import type { UnionDeskBridge } from '../../shared/bridge/contract';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in a plain browser. */
    readonly unionDesk?: UnionDeskBridge;
  }
}

/** Chosen once at start: the desktop bridge when the preload exposed it, else the browser. */
export function detectPlatform(): Platform {
  return window.unionDesk ? createDesktopPlatform(window.unionDesk) : createBrowserPlatform();
}

export type { Platform } from './types';
export { PlatformError } from './types';
