/**
 * The roster at 50,000 members: computing search keys, one search keystroke over the whole
 * roster, and the import preview of a 50,000-row sheet (the work the import worker does). The
 * floor is a plain substring scan over the same number of names, measured in the same run.
 */
import 'fake-indexeddb/auto';
import { importMembers } from '../renderer/db/members';
import { UnionDeskDatabase } from '../renderer/db/schema';
import { benchMembers } from './roster-fixture';
import { findHeaderRow, proposeMapping } from '../shared/members/import/headers';
import { buildImportPreview } from '../shared/members/import/preview';
import { exportRows } from '../shared/members/import/template';
import type { Member } from '../shared/members/model';
import { searchKeys } from '../shared/members/search';
import {
  buildRosterIndex,
  DEFAULT_FILTER,
  filterRosterIndex,
} from '../renderer/features/members/roster-filter';

const COUNT = 50_000;

function line(name: string, value: number, unit: string): void {
  process.stdout.write(
    `bench: ${name} ${unit === 'x' ? value.toFixed(2) : value.toFixed(unit === 'ms' && value < 10 ? 2 : 0)} ${unit}\n`,
  );
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** The median of several runs: one keystroke is short enough for timer noise to matter. */
function median(run: () => unknown, times = 15): number {
  const samples = Array.from({ length: times }, () => time(run)[1]).sort((a, b) => a - b);
  return samples[Math.floor(times / 2)]!;
}

const members: Member[] = benchMembers(COUNT);

const [rows, keysMs] = time(() => members.map((m) => ({ ...m, searchKeys: searchKeys(m) })));
const names = members.map((m) => m.name);
const floor = median(() => names.filter((n) => n.includes('张')));
// As the roster does: the index is built once per load of the roster, then each keystroke
// filters through it.
const index = buildRosterIndex(rows);
const keystroke = median(() =>
  filterRosterIndex(index, { ...DEFAULT_FILTER, statuses: [], query: 'zhangw' }, '2026-11-23'),
);
const initials = median(() =>
  filterRosterIndex(index, { ...DEFAULT_FILTER, statuses: [], query: 'zw' }, '2026-11-23'),
);

const sheet = exportRows(members);
const [, previewMs] = time(() => {
  const header = findHeaderRow(sheet);
  if (!header) throw new Error('no header');
  const { mapping } = proposeMapping(header);
  return buildImportPreview(sheet, mapping, { today: '2026-11-23' });
});

line('roster_search_keys_50k_ms', keysMs, 'ms');
line('roster_search_keystroke_50k_ms', keystroke, 'ms');
line('roster_search_initials_50k_ms', initials, 'ms');
line('roster_scan_floor_50k_ms', floor, 'ms');
line('roster_search_vs_floor', keystroke / floor, 'x');
line('import_preview_50k_ms', previewMs, 'ms');

// Writing an import of 50,000 new members in one transaction (fake-indexeddb in Node), against
// a bare bulkAdd of the same member rows.
const db = new UnionDeskDatabase('bench-import');
await db.open();
const importRows = members.map(
  ({ id: _id, createdAt: _c, updatedAt: _u, status: _s, ...data }) => ({
    data,
  }),
);
const startWrite = performance.now();
await importMembers(db, importRows, { duplicates: 'skip', today: '2026-11-23' });
const importWrite = performance.now() - startWrite;
line('import_write_fakeidb_50k_ms', importWrite, 'ms');
const bulkFloor = new UnionDeskDatabase('bench-floor');
await bulkFloor.open();
const startFloor = performance.now();
await bulkFloor.members.bulkAdd(rows.map((r, i) => ({ ...r, id: `f-${i}` })));
const floorWrite = performance.now() - startFloor;
line('import_write_floor_fakeidb_50k_ms', floorWrite, 'ms');
// The import writes two rows per member (the member and its join event); the floor writes one.
line('import_write_fakeidb_vs_floor', importWrite / floorWrite, 'x');
