import { describe, expect, it } from 'vitest';
import { readFolderSelection, type ChosenFile } from './browser';
import { PlatformError } from './types';

/** A file as <input webkitdirectory> lists it: the path starts with the chosen folder's name. */
function chosen(webkitRelativePath: string, content = 'x'): ChosenFile {
  const bytes = new TextEncoder().encode(content);
  return {
    name: webkitRelativePath.split('/').at(-1)!,
    size: bytes.byteLength,
    webkitRelativePath,
    arrayBuffer: async () => bytes.buffer,
  };
}

const REPORTS = [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }];

describe('browser folder import', () => {
  it('reads the matching files, sorted, named by their path inside the folder', async () => {
    const files = await readFolderSelection(
      [
        chosen('收到的报告/b.uniondesk-report', 'B'),
        chosen('收到的报告/说明.txt'),
        chosen('收到的报告/2026/区县/a.UNIONDESK-REPORT', 'A'),
        chosen('收到的报告/.git/x.uniondesk-report'),
        chosen('收到的报告/._b.uniondesk-report'),
        chosen('收到的报告/1/2/3/4/5/deep.uniondesk-report'),
      ],
      REPORTS,
      100,
    );
    expect(files.map((f) => [f.name, f.size, new TextDecoder().decode(f.data)])).toEqual([
      ['2026/区县/a.UNIONDESK-REPORT', 1, 'A'],
      ['b.uniondesk-report', 1, 'B'],
    ]);
  });

  it('says how far it has read, every 50 files and at the end, and stops when asked', async () => {
    const files = Array.from({ length: 120 }, (_, i) =>
      chosen(`报告/${String(i).padStart(3, '0')}.uniondesk-report`),
    );
    const progress: [number, number][] = [];
    const read = await readFolderSelection(files, REPORTS, 100, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(read).toHaveLength(120);
    expect(progress).toEqual([
      [0, 120],
      [50, 120],
      [100, 120],
      [120, 120],
    ]);

    const controller = new AbortController();
    const stopping = readFolderSelection(files, REPORTS, 100, {
      onProgress: (done) => {
        if (done === 50) controller.abort(new Error('用户取消'));
      },
      signal: controller.signal,
    });
    await expect(stopping).rejects.toThrow('用户取消');
  });

  it('returns nothing when the picker was cancelled', async () => {
    await expect(readFolderSelection([], REPORTS, 100)).resolves.toEqual([]);
  });

  it('refuses a folder without a matching file, naming the folder and the extensions', async () => {
    const attempt = readFolderSelection([chosen('收到的报告/说明.txt')], REPORTS, 100);
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toThrow(
      '文件夹“收到的报告”及其子文件夹里没有 .uniondesk-report 文件',
    );
  });

  it('refuses a matching file larger than the limit', async () => {
    const attempt = readFolderSelection(
      [chosen('报告/大.uniondesk-report', 'x'.repeat(2 * 1024 * 1024))],
      REPORTS,
      1024 * 1024,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'too-large' });
    await expect(attempt).rejects.toThrow('“大.uniondesk-report”超过 1 MB');
  });
});
