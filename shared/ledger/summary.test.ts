import { describe, expect, it } from 'vitest';
import type { AreaId } from '../campaign/areas';
import { statisticsPeriod } from '../members/stats';
import { emptyAreas, entriesInRange, summarizeByArea } from './summary';

const entry = (date: string, areas: AreaId[], title: string, participants?: number) => ({
  date,
  areas,
  title,
  ...(participants === undefined ? {} : { participants }),
});

const entries = [
  entry('2026-03-08', ['area3', 'area5'], '三八妇女节趣味运动会', 64),
  entry('2026-05-01', ['area4'], '劳动竞赛', 120),
  entry('2026-01-20', ['area6'], '春节送温暖'),
  entry('2025-12-31', ['area3'], '元旦联欢'),
  entry('2026-10-10', ['area3'], '读书会', 20),
];

describe('summarizeByArea', () => {
  it('counts each area in the calendar year, entries in two areas in both', () => {
    const summary = summarizeByArea(entries, statisticsPeriod('calendar', 2026));
    expect(summary.map((s) => s.area)).toEqual([
      'area1',
      'area2',
      'area3',
      'area4',
      'area5',
      'area6',
      'area7',
    ]);
    const area3 = summary.find((s) => s.area === 'area3')!;
    expect(area3.count).toBe(2);
    expect(area3.participants).toBe(84);
    expect(area3.latest.map((e) => e.title)).toEqual(['读书会', '三八妇女节趣味运动会']);
    expect(area3.lastDate).toBe('2026-10-10');
    expect(summary.find((s) => s.area === 'area5')!.count).toBe(1);
    expect(summary.find((s) => s.area === 'area6')!.participants).toBe(0);
  });

  it('lists areas with nothing in the period as gaps', () => {
    const summary = summarizeByArea(entries, statisticsPeriod('calendar', 2026));
    expect(emptyAreas(summary)).toEqual(['area1', 'area2', 'area7']);
    const area1 = summary[0]!;
    expect(area1).toMatchObject({ count: 0, latest: [] });
    expect(area1.lastDate).toBeUndefined();
  });

  it('follows the October–September statistics year', () => {
    const summary = summarizeByArea(entries, statisticsPeriod('octSep', 2026));
    // 2025-10-01 … 2026-09-30: the new year's party counts, the October reading club does not.
    expect(summary.find((s) => s.area === 'area3')!.latest.map((e) => e.title)).toEqual([
      '三八妇女节趣味运动会',
      '元旦联欢',
    ]);
  });

  it('shows at most `latest` titles', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      entry(`2026-02-0${i + 1}`, ['area1'], `第${i}`),
    );
    const [area1] = summarizeByArea(many, statisticsPeriod('calendar', 2026), { latest: 2 });
    expect(area1!.count).toBe(5);
    expect(area1!.latest.map((e) => e.title)).toEqual(['第4', '第3']);
  });
});

describe('entriesInRange', () => {
  it('keeps the period, includes both end days, newest first', () => {
    const list = entriesInRange(
      [
        entry('2026-01-01', ['area1'], 'a'),
        entry('2026-12-31', ['area1'], 'b'),
        entry('2027-01-01', ['area1'], 'c'),
      ],
      statisticsPeriod('calendar', 2026),
    );
    expect(list.map((e) => e.title)).toEqual(['b', 'a']);
  });
});
