import { describe, expect, it } from 'vitest';
import {
  byRelativePath,
  describeExtensions,
  filterExtensions,
  isWantedInFolder,
  matchesExtension,
} from './open-filters';

describe('folder import filters', () => {
  it('takes every filter extension once, in lower case', () => {
    expect(
      filterExtensions([
        { name: '报告', extensions: ['uniondesk-report', 'JSON'] },
        { name: 'JSON', extensions: ['json'] },
      ]),
    ).toEqual(['uniondesk-report', 'json']);
  });

  it('matches the extension at the end of the name, in any case; "*" matches all', () => {
    expect(matchesExtension('某某工会.UnionDesk-Report', ['uniondesk-report'])).toBe(true);
    expect(matchesExtension('某某工会.uniondesk-report.bak', ['uniondesk-report'])).toBe(false);
    expect(matchesExtension('uniondesk-report', ['uniondesk-report'])).toBe(false);
    expect(matchesExtension('说明.txt', ['*'])).toBe(true);
    expect(matchesExtension('说明.txt', [])).toBe(false);
  });

  it('wants files up to four subfolders deep, nothing hidden', () => {
    const ext = ['uniondesk-report'];
    expect(isWantedInFolder('a.uniondesk-report', ext)).toBe(true);
    expect(isWantedInFolder('1/2/3/4/a.uniondesk-report', ext)).toBe(true);
    expect(isWantedInFolder('1/2/3/4/5/a.uniondesk-report', ext)).toBe(false);
    expect(isWantedInFolder('._a.uniondesk-report', ext)).toBe(false);
    expect(isWantedInFolder('.git/a.uniondesk-report', ext)).toBe(false);
    expect(isWantedInFolder('2026/a.xlsx', ext)).toBe(false);
  });

  it('names the extensions for a message and sorts paths the same everywhere', () => {
    expect(describeExtensions(['uniondesk-report', 'json'])).toBe('.uniondesk-report、.json');
    expect(['b', '2026/区县/y', 'A', '2026/x'].sort(byRelativePath)).toEqual([
      '2026/x',
      '2026/区县/y',
      'A',
      'b',
    ]);
  });
});
