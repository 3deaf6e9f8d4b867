import { describe, expect, it } from 'vitest';
import { argSchemas } from './schemas';

describe("the 'file:open' arguments", () => {
  const open = argSchemas['file:open'];
  const request = {
    filters: [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }],
    multiple: true,
    maxBytes: 16 * 1024 * 1024,
  };

  it('take files as before, and a folder with `directory`', () => {
    expect(open.safeParse([request]).success).toBe(true);
    expect(open.parse([{ ...request, directory: true }])).toEqual([
      { ...request, directory: true },
    ]);
    expect(open.parse([{ ...request, directory: false, title: '选择文件夹' }])[0].directory).toBe(
      false,
    );
  });

  it.each([
    ['a flag that is not a boolean', { ...request, directory: 'true' }, ['directory']],
    ['a folder without file types', { ...request, directory: true, filters: [] }, ['filters']],
    ['a folder path', { ...request, directory: true, path: 'C:\\报告' }, []],
  ])('refuse %s', (_name, value, where) => {
    const result = open.safeParse([value]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, ...where]);
  });

  it('still take a file request without file types (the dialog then shows every file)', () => {
    expect(open.safeParse([{ ...request, filters: [] }]).success).toBe(true);
  });
});
