import { describe, expect, it } from 'vitest';
import { makeMemberData } from '../../../../shared/members/fixtures';
import { filterItems, planImport } from './import-plan';
import type { ImportItem } from './protocol';

const item = (row: number, status: ImportItem['status'], extra: Partial<ImportItem> = {}) =>
  ({
    row,
    status,
    name: '张三',
    maskedDoc: '',
    messages: [],
    ...(status === 'error' || status === 'duplicateInFile' ? {} : { data: makeMemberData() }),
    ...extra,
  }) satisfies ImportItem;

const items: ImportItem[] = [
  item(4, 'ok'),
  item(5, 'warning'),
  item(6, 'error'),
  item(7, 'duplicateInFile'),
  item(8, 'duplicateOfExisting', { existingId: 'm-1' }),
];

describe('planImport', () => {
  it('skips members already in the roster, or updates them, as chosen', () => {
    const skip = planImport(items, 'skip');
    expect(skip).toMatchObject({ add: 2, update: 0, skip: 1, rejected: 2 });
    expect(skip.rows.map((r) => r.existingId)).toEqual([undefined, undefined, 'm-1']);
    expect(planImport(items, 'update')).toMatchObject({ add: 2, update: 1, skip: 0, rejected: 2 });
  });

  it('skips a member found in the roster without an id, even when updating', () => {
    const plan = planImport([item(8, 'duplicateOfExisting')], 'update');
    expect(plan).toEqual({ rows: [], add: 0, update: 0, skip: 1, rejected: 0 });
  });

  it('never writes a row with errors or a second row for the same person', () => {
    const plan = planImport([item(6, 'error'), item(7, 'duplicateInFile')], 'update');
    expect(plan).toEqual({ rows: [], add: 0, update: 0, skip: 0, rejected: 2 });
  });

  it('filters the preview by status', () => {
    expect(filterItems(items, 'all')).toHaveLength(5);
    expect(filterItems(items, 'ready').map((i) => i.row)).toEqual([4, 5]);
    expect(filterItems(items, 'duplicateOfExisting').map((i) => i.row)).toEqual([8]);
  });
});
