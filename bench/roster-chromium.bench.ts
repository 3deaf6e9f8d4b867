/**
 * The roster at 50,000 members in the built app, in Chromium (issue 4's figures):
 * - import of a generated 50,000-row xlsx through the import dialog: reading and checking (the
 *   worker: SheetJS parse + header detection + validation) and writing (safety copy + one
 *   transaction), timed from outside the page;
 * - the floor, in the same browser and run: SheetJS parse alone + a raw IndexedDB put of the same
 *   rows in one transaction;
 * - first render of the roster with 50,000 members (click on 会员 → the count is shown);
 * - search latency over 200 typed queries (type → the list's count has updated), p95.
 * Needs `npm run build` first (npm run bench does it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { completeWizard } from '../e2e/flows';
import { artifactsDir, openSession } from '../e2e/harness';
import { benchMembers } from './roster-fixture';
import { exportRows } from '../shared/members/import/template';

const COUNT = 50_000;

function line(name: string, value: number, unit: string): void {
  process.stdout.write(
    `bench: ${name} ${unit === 'x' ? value.toFixed(2) : Math.round(value)} ${unit}\n`,
  );
}

const members = benchMembers(COUNT);
const sheet = XLSX.utils.aoa_to_sheet(exportRows(members));
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, '会员名册');
const path = join(artifactsDir, 'bench-roster-50k.xlsx');
writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

const session = await openSession();
try {
  const { page } = session;
  await page.goto(session.baseUrl);
  await completeWizard(page, '杭州示例机械有限公司工会委员会');
  await page.getByRole('menuitem', { name: /(^|\s)会员$/ }).click();
  await page.getByTestId('roster-count').waitFor();

  // The import, through the dialog as a clerk uses it.
  await page.getByRole('button', { name: /(^|\s)导入$/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  const startRead = performance.now();
  await (await chooser).setFiles(path);
  await page.getByTestId('import-mapping').waitFor({ timeout: 180_000 });
  const readMs = performance.now() - startRead;
  const startPreview = performance.now();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
  const previewMs = performance.now() - startPreview;
  const startWrite = performance.now();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
  const writeMs = performance.now() - startWrite;

  // The floor in the same browser: SheetJS parse alone + a raw IndexedDB put of the same rows.
  // The library is evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(readFileSync('node_modules/xlsx/dist/xlsx.full.min.js', 'utf8'));
  const fileBase64 = readFileSync(path).toString('base64');
  const floorMs = await page.evaluate(async (base64: string) => {
    type SheetJs = {
      read(
        data: Uint8Array,
        options: object,
      ): { SheetNames: string[]; Sheets: Record<string, unknown> };
      utils: { sheet_to_json(sheet: unknown, options: object): unknown[][] };
    };
    const lib = (globalThis as unknown as { XLSX: SheetJs }).XLSX;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const start = performance.now();
    const parsed = lib.read(bytes, { type: 'array', dense: true });
    const rows = lib.utils.sheet_to_json(parsed.Sheets[parsed.SheetNames[0]!], {
      header: 1,
      raw: true,
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-floor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('rows', 'readwrite');
      const store = tx.objectStore('rows');
      rows.forEach((cells, i) => store.put({ id: String(i), cells }));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase('bench-floor');
    return elapsed;
  }, fileBase64);

  // First render of the roster with 50,000 members, after a fresh start of the page.
  await page.reload();
  await page.getByRole('menu').waitFor();
  const startRender = performance.now();
  await page.getByRole('menuitem', { name: /(^|\s)会员$/ }).click();
  await page.getByText(`名册共 ${COUNT} 人`).waitFor({ timeout: 120_000 });
  await page.getByTestId('roster-table').locator('.roster-row').first().waitFor();
  const renderMs = performance.now() - startRender;

  // Search: 200 typed queries, each timed until the list's count reflects it.
  const search = page.getByRole('searchbox', { name: '搜索会员' });
  const queries = Array.from({ length: 200 }, (_, i) => {
    const m = members[(i * 2503) % COUNT]!;
    const kinds = [
      m.name,
      m.name.slice(0, 2),
      m.docNumber.slice(-6),
      `HY${String((i * 7919) % COUNT).padStart(6, '0')}`,
    ];
    return kinds[i % kinds.length]!;
  });
  const latencies: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await search.fill(query);
    // The list has caught up when the count is rendered for this query (see MembersPage).
    await page.waitForFunction(
      (typed) =>
        document.querySelector('[data-testid="roster-count"]')?.getAttribute('data-query') ===
        typed,
      query,
      { polling: 'raf' },
    );
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95) - 1]!;

  const importMs = readMs + previewMs + writeMs;
  line('import_read_validate_50k_ms', readMs + previewMs, 'ms');
  line('import_write_50k_ms', writeMs, 'ms');
  line('import_50k_ms', importMs, 'ms');
  line('import_floor_50k_ms', floorMs, 'ms');
  line('import_ratio', importMs / floorMs, 'x');
  line('roster_first_render_ms', renderMs, 'ms');
  line('search_p95_ms', p95, 'ms');
} finally {
  await session.close();
}
