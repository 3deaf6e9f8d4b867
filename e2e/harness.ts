import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../electron/serve';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

export const projectRoot = join(import.meta.dirname, '..');
export const rendererRoot = join(projectRoot, 'dist', 'renderer');
/** Screenshots and PDFs a person looks at after a run. */
export const artifactsDir = join(projectRoot, 'test-artifacts', 'e2e');

export function assertRendererBuilt(): void {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error(
      'dist/renderer is missing: run "npm run test:e2e" (it builds first) or "npm run build:renderer".',
    );
  }
}

export interface Session {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Closes the browser and starts it again on the same profile: a real restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A browser on a fresh profile directory, pointed at the built renderer. */
export async function openSession(): Promise<Session> {
  assertRendererBuilt();
  mkdirSync(artifactsDir, { recursive: true });
  const server = await startStaticServer({ root: rendererRoot, port: 0 });
  const profileDir = mkdtempSync(join(tmpdir(), 'uniondesk-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, '--lang=zh-CN'],
      locale: 'zh-CN',
      viewport: { width: 1280, height: 800 },
    });
  let context = await launch();
  const session: Session = {
    baseUrl: server.url,
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    async restart() {
      await context.close();
      context = await launch();
      session.context = context;
      session.page = context.pages()[0] ?? (await context.newPage());
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Waits until antd's open/close motions have finished, so a screenshot is not mid-animation. */
export async function motionsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]',
      ),
  );
}

/** Waits until transient toasts have gone, so a screenshot shows the page itself. */
export async function settle(page: Page): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 6_000 })
    .catch(() => undefined);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Fails the test on any uncaught page error or CSP violation, which would otherwise go unseen. */
export function collectPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
