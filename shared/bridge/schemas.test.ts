import { describe, expect, it } from 'vitest';
import { argSchemas, MAX_FOLDER_BATCH } from './schemas';

const REPORTS = [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }];

describe("the 'file:open' arguments", () => {
  const open = argSchemas['file:open'];
  const request = { filters: REPORTS, multiple: true, maxBytes: 16 * 1024 * 1024 };

  it('take files, and nothing about folders (those have their own channel)', () => {
    expect(open.parse([{ ...request, title: '选择报告文件' }])).toEqual([
      { ...request, title: '选择报告文件' },
    ]);
    expect(open.safeParse([{ ...request, directory: true }]).success).toBe(false);
  });

  it('still take a file request without file types (the dialog then shows every file)', () => {
    expect(open.safeParse([{ ...request, filters: [] }]).success).toBe(true);
  });
});

describe("the 'file:open-folder' and 'file:read-folder' arguments", () => {
  const openFolder = argSchemas['file:open-folder'];
  const readFolder = argSchemas['file:read-folder'];
  const grant = '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';

  it('take a folder request and a batch of its listing', () => {
    expect(openFolder.safeParse([{ filters: REPORTS, maxBytes: 100 }]).success).toBe(true);
    expect(readFolder.parse([{ grant, from: 0, count: MAX_FOLDER_BATCH }])).toEqual([
      { grant, from: 0, count: MAX_FOLDER_BATCH },
    ]);
  });

  it.each([
    ['a folder without file types', openFolder, { filters: [], maxBytes: 100 }, ['filters']],
    ['a folder path', openFolder, { filters: REPORTS, maxBytes: 100, path: 'C:\\报告' }, []],
    ['a path for a grant', readFolder, { grant: 'C:\\报告', from: 0, count: 1 }, ['grant']],
    ['an empty batch', readFolder, { grant, from: 0, count: 0 }, ['count']],
    ['too large a batch', readFolder, { grant, from: 0, count: MAX_FOLDER_BATCH + 1 }, ['count']],
    ['a fractional start', readFolder, { grant, from: 1.5, count: 1 }, ['from']],
  ] as const)('refuse %s', (_name, schema, value, where) => {
    const result = schema.safeParse([value]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, ...where]);
  });
});
