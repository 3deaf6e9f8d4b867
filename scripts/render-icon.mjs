// One-off: renders build/icon.svg to build/icon.png (512×512, transparent corners) with the
// system Chromium, for electron-builder (Windows .ico and Linux icons are derived from it).
// Run again after editing the SVG: `node scripts/render-icon.mjs`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 512;

const svg = await readFile(path.join(projectRoot, 'build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
  );
  const out = path.join(projectRoot, 'build', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${path.relative(projectRoot, out)} (${SIZE}×${SIZE})`);
} finally {
  await browser.close();
}
