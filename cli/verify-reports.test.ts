import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build-cli.mjs';
import { registryFile } from '../shared/report/registry';
import {
  makeTestUnion,
  signReportFile,
  testReportId,
  testReportPayload,
  type TestUnion,
} from '../shared/report/signed-fixtures';
import { DEFAULT_STANDARD_CONTENT } from '../shared/standard/default-standard';
import { EXIT_ALL_VALID, EXIT_SOME_INVALID, EXIT_USAGE, main } from './verify-reports';

let dir: string;
let registry: string;
let unions: TestUnion[];

/** Runs the command as the bundled entry does, capturing what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  });
  return { code, out, err };
}

const at = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-verify-'));
  unions = await Promise.all([0, 1, 2].map(makeTestUnion));
  const [a, b, stranger] = unions as [TestUnion, TestUnion, TestUnion];
  registry = at('registry.json');
  await writeFile(registry, registryFile([a.key, b.key]));

  // valid/: two registered unions. mixed/: those, a tampered copy, an unknown key, a stray file.
  await mkdir(at('valid'), { recursive: true });
  await mkdir(at('mixed', 'sub'), { recursive: true });
  const fileOf = (union: TestUnion, n: number) =>
    signReportFile(union.signer, testReportPayload(union, { reportId: testReportId(n, 1) }));
  const aFile = await fileOf(a, 1);
  const bFile = await fileOf(b, 2);
  await writeFile(at('valid', 'a.uniondesk-report'), aFile);
  await writeFile(at('valid', 'b.uniondesk-report'), bFile);
  await writeFile(at('mixed', 'a.uniondesk-report'), aFile);
  await writeFile(at('mixed', 'sub', 'b.uniondesk-report'), bFile);
  const tampered = aFile.slice();
  tampered[200] = tampered[200] === 0x41 ? 0x42 : 0x41;
  await writeFile(at('mixed', 'tampered.uniondesk-report'), tampered);
  await writeFile(at('mixed', 'stranger.uniondesk-report'), await fileOf(stranger, 3));
  await writeFile(at('mixed', 'notes.txt'), '不是报告');
  await mkdir(at('empty'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('uniondesk-verify', () => {
  it('exits 0 and says so when every report is valid', async () => {
    const { code, out, err } = await run('--registry', registry, at('valid'));
    expect(code).toBe(EXIT_ALL_VALID);
    expect(err).toBe('');
    expect(out).toContain('共核验 2 份报告文件：');
    expect(out).toContain('有效：2 份');
    expect(out).toContain('全部报告核验有效。');
  });

  it('exits 1 and names each file that needs attention; walks subfolders, skips other files', async () => {
    const { code, out } = await run('--registry', registry, at('mixed'));
    expect(code).toBe(EXIT_SOME_INVALID);
    expect(out).toContain('共核验 4 份报告文件：');
    expect(out).toContain('有效：2 份');
    expect(out).toContain('密钥未登记：1 份');
    expect(out).toContain('签名无效：1 份');
    expect(out).toContain(`“${at('mixed', 'tampered.uniondesk-report')}”：签名与内容不符`);
    expect(out).toContain(`“${at('mixed', 'stranger.uniondesk-report')}”：签名完好`);
    expect(out).not.toContain('notes.txt');
  });

  it('writes the summary workbook and the JSON result', async () => {
    const xlsx = at('汇总.xlsx');
    const json = at('result.json');
    const { code, out } = await run(
      '--registry',
      registry,
      '--xlsx',
      xlsx,
      `--json=${json}`,
      at('mixed'),
    );
    expect(code).toBe(EXIT_SOME_INVALID);
    expect(out).toContain(`汇总表已保存到“${xlsx}”。`);

    const book = XLSX.read(await readFile(xlsx), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '问题清单']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['汇总']!);
    expect(rows.map((row) => row['工会名称']).sort()).toEqual(
      [unions[0]!.name, unions[1]!.name].sort(),
    );
    expect(rows[0]).toMatchObject({ 年度: 2026, 报告序号: 1, 核验结果: '有效' });
    const problems = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['问题清单']!);
    expect(problems.map((row) => row['核验结果']).sort()).toEqual(['密钥未登记', '签名无效']);

    const result = JSON.parse(await readFile(json, 'utf8')) as {
      counts: Record<string, number>;
      reports: { file: string; verdict: string; message: string }[];
      summary: Record<string, unknown>[];
    };
    expect(result.counts).toMatchObject({ valid: 2, unregistered: 1, 'bad-signature': 1 });
    expect(result.reports).toHaveLength(4);
    expect(result.summary).toHaveLength(2);
    expect(result.reports.find((r) => r.verdict === 'unregistered')?.file).toBe(
      at('mixed', 'stranger.uniondesk-report'),
    );
  });

  it('checks the standard against the registry’s list and --standards files', async () => {
    const standardFile = at('standard.json');
    await writeFile(standardFile, JSON.stringify(DEFAULT_STANDARD_CONTENT));
    const otherOnly = at('registry-other-standard.json');
    await writeFile(
      otherOnly,
      registryFile(
        unions.slice(0, 2).map((u) => u.key),
        [{ id: 'other', version: '1', hash: 'a'.repeat(64) }],
      ),
    );
    const warned = await run('--registry', otherOnly, at('valid'));
    expect(warned.code).toBe(EXIT_ALL_VALID);
    expect(warned.out).toContain('不在本会认可的标准之列');
    const known = await run('--registry', otherOnly, '--standards', standardFile, at('valid'));
    expect(known.out).not.toContain('不在本会认可的标准之列');
  });

  it('exits 2 on usage errors, with the reason and, where useful, the usage', async () => {
    const noRegistry = await run(at('valid'));
    expect(noRegistry.code).toBe(EXIT_USAGE);
    expect(noRegistry.err).toContain('缺少 --registry');
    expect(noRegistry.err).toContain('用法：');

    const unknown = await run('--registry', registry, '--fast', at('valid'));
    expect(unknown).toMatchObject({ code: EXIT_USAGE, out: '' });
    expect(unknown.err).toContain('“--fast”');

    expect((await run('--registry')).err).toContain('--registry 后面缺少文件名');

    const missing = await run('--registry', at('nowhere.json'), at('valid'));
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.err).toContain('ENOENT');

    const badRegistry = at('bad-registry.json');
    await writeFile(badRegistry, '{"kind":"something-else"}');
    const bad = await run('--registry', badRegistry, at('valid'));
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.err).toContain('密钥登记文件的内容不符合格式');

    const empty = await run('--registry', registry, at('empty'));
    expect(empty.code).toBe(EXIT_USAGE);
    expect(empty.err).toContain('没有找到要核验的报告文件');

    expect((await run('--registry', registry, at('nothing-here'))).code).toBe(EXIT_USAGE);
  });

  it('runs as the bundled command with its exit code', async () => {
    const outfile = at('bin', 'uniondesk-verify.cjs');
    await buildCli(outfile);
    const ran = spawnSync(process.execPath, [outfile, '--registry', registry, at('mixed')], {
      encoding: 'utf8',
    });
    expect(ran.status).toBe(EXIT_SOME_INVALID);
    expect(ran.stdout).toContain('共核验 4 份报告文件：');
    const valid = spawnSync(process.execPath, [outfile, '--registry', registry, at('valid')], {
      encoding: 'utf8',
    });
    expect(valid.status).toBe(EXIT_ALL_VALID);
  }, 60_000);
});
