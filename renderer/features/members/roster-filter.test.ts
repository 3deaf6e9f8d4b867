import { describe, expect, it } from 'vitest';
import { makeMember, makeResidentId } from '../../../shared/members/fixtures';
import type { Member } from '../../../shared/members/model';
import { seeded } from '../../../test/fixtures/random';
import { toRow } from '../../db/members';
import {
  buildRosterIndex,
  DEFAULT_FILTER,
  departmentsOf,
  filterRoster,
  filterRosterIndex,
} from './roster-filter';

const TODAY = '2026-11-23';
function row(overrides: Partial<Member>) {
  return toRow(makeMember({ id: crypto.randomUUID(), ...overrides }));
}

describe('the roster filter', () => {
  const zhang = row({
    name: '张三',
    memberNo: 'HY-0001',
    docNumber: makeResidentId({ birthDate: '1990-01-01', sequence: 45 }),
    department: '研发部',
    sex: 'male',
    birthDate: '1990-01-01',
  });
  const shan = row({
    name: '单丽',
    department: '生产车间',
    sex: 'female',
    birthDate: '1965-05-05',
    migrantWorker: true,
    hardship: true,
  });
  const left = row({ name: '李四', status: 'left', department: '研发部' });
  const all = [zhang, shan, left];

  it('shows members on roll by default', () => {
    expect(filterRoster(all, DEFAULT_FILTER, TODAY).map((m) => m.name)).toEqual(['张三', '单丽']);
    expect(filterRoster(all, { ...DEFAULT_FILTER, statuses: [] }, TODAY)).toHaveLength(3);
  });

  it('finds by name, full pinyin, initials, member number and the last digits of the ID', () => {
    const find = (query: string) =>
      filterRoster(all, { ...DEFAULT_FILTER, query }, TODAY).map((m) => m.name);
    expect(find('张')).toEqual(['张三']);
    expect(find('zhangsan')).toEqual(['张三']);
    expect(find('zs')).toEqual(['张三']);
    expect(find('shanli')).toEqual(['单丽']);
    expect(find('HY-0001')).toEqual(['张三']);
    expect(find(zhang.docNumber.slice(-6))).toEqual(['张三']);
    expect(find('王')).toEqual([]);
  });

  it('combines the filters', () => {
    const only = (patch: Partial<typeof DEFAULT_FILTER>) =>
      filterRoster(all, { ...DEFAULT_FILTER, ...patch }, TODAY).map((m) => m.name);
    expect(only({ women: true })).toEqual(['单丽']);
    expect(only({ migrantWorker: true, hardship: true })).toEqual(['单丽']);
    expect(only({ department: '研发部' })).toEqual(['张三']);
    expect(only({ ageBand: 'upTo35' })).toEqual([]);
    expect(only({ ageBand: 'from36to45' })).toEqual(['张三']);
    expect(only({ ageBand: 'over55' })).toEqual(['单丽']);
  });

  it('lists the departments in pinyin order', () => {
    expect(departmentsOf(all)).toEqual(['生产车间', '研发部']);
  });
});

describe('the prepared roster index', () => {
  it('finds exactly what the plain filter finds, whatever the query', () => {
    const random = seeded(4);
    const pick = (text: string) => [...text][Math.floor(random() * [...text].length)]!;
    const chars = '张王李赵单曾欧阳娜伟芳丽𠮷·ABab';
    const members = Array.from({ length: 300 }, (_, i) =>
      row({
        name: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(chars)).join(''),
        memberNo: random() < 0.5 ? `HY-${String(i).padStart(4, '0')}` : `工会${i}号`,
        docNumber: makeResidentId({
          sequence: i % 1000,
          birthDate: `19${60 + (i % 40)}-01-0${1 + (i % 9)}`,
        }),
        status: random() < 0.1 ? 'left' : 'active',
      }),
    );
    const index = buildRosterIndex(members);
    const queries = new Set<string>([
      '',
      ' ',
      'a',
      'z',
      '1',
      '12',
      'hy',
      'HY-00',
      '号',
      '张',
      'a张',
    ]);
    for (const m of members.slice(0, 60)) {
      queries.add(m.name);
      queries.add(m.name.slice(0, 2));
      queries.add(m.memberNo ?? '');
      queries.add((m.memberNo ?? '').slice(-3));
      queries.add(m.docNumber.slice(-4));
      queries.add(m.docNumber.slice(-7, -2));
      queries.add(m.docNumber.slice(0, 6));
    }
    for (let i = 0; i < 100; i += 1) {
      queries.add(
        Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          pick('abcdehilnswyz0123456789张·'),
        ).join(''),
      );
    }
    for (const query of queries) {
      for (const statuses of [[], ['active']] as const) {
        const filter = { ...DEFAULT_FILTER, query, statuses: [...statuses] };
        expect(
          filterRosterIndex(index, filter, TODAY).map((m) => m.id),
          JSON.stringify(query),
        ).toEqual(filterRoster(members, filter, TODAY).map((m) => m.id));
      }
    }
  });
});
