// How this project starts Debian's Chromium headless (end-to-end tests, icon rendering).
import { existsSync } from 'node:fs';

/**
 * Flags for a closed network: without the background-networking ones Chromium keeps trying to
 * reach Google's services, which these machines refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary (`CHROMIUM_PATH`, default /usr/bin/chromium), or a clear error. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. Install it with "apt-get install -y chromium fonts-noto-cjk" ` +
        `(as .ci/run does) or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
  return path;
}
