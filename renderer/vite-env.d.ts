/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json version, set by vite.config.ts. */
  readonly VITE_APP_VERSION?: string;
}
