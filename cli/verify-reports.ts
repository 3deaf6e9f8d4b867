import { readFileSync } from 'node:fs';
import { readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { msg, render, t, type Message } from '../shared/i18n';
import { aggregateRows, aggregateWorkbook, verdictLabel } from '../shared/report/aggregate';
import {
  parseRegistryFile,
  type KnownStandard,
  type RegistryFile,
} from '../shared/report/registry';
import {
  REPORT_VERDICTS,
  settleBatch,
  verifyReportFile,
  type ReportVerdict,
  type VerifiedReport,
} from '../shared/report/verify';
import { parseStandardFile } from '../shared/standard/validate';
import { nodeEd25519Verifier, nodeSha256Hex } from './node-crypto';
import { mapLimit } from './pool';

/**
 * uniondesk-verify: the federation's command-line verifier (DESIGN.md "The signed report"). It
 * imports only shared/ and Node's fs/path/process — the living proof that the rules are pure.
 * `main` takes its arguments and output streams as parameters so that tests run the real thing.
 */

export const REPORT_EXTENSION = '.uniondesk-report';
/**
 * Files in flight: node:crypto verifies in libuv's thread pool, on the other core, while the
 * main thread parses and checks other files; more would only hold more files in memory.
 */
export const CONCURRENCY = 16;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_ALL_VALID = 0;
export const EXIT_SOME_INVALID = 1;
export const EXIT_USAGE = 2;

interface Options {
  registry?: string;
  xlsx?: string;
  json?: string;
  standards: string[];
  inputs: string[];
}

class UsageError extends Error {
  constructor(
    readonly problem: Message,
    readonly showUsage = true,
  ) {
    super(problem.key);
  }
}

const VALUE_OPTIONS = { '--registry': 'registry', '--xlsx': 'xlsx', '--json': 'json' } as const;

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { standards: [], inputs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) {
      options.inputs.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const isKnown = name === '--standards' || Object.hasOwn(VALUE_OPTIONS, name!);
    if (!isKnown) throw new UsageError(msg('report.cli.unknownOption', { option: arg }));
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') {
      throw new UsageError(msg('report.cli.missingValue', { option: name! }));
    }
    if (name === '--standards') options.standards.push(value);
    else options[VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS]] = value;
  }
  return options;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Reads a whole file synchronously: for many small files, fs/promises' open-stat-read-close round
 * trips through the thread pool cost three times the read itself, and the pool is better left to
 * the signature checks. The verifications in flight go on while the main thread reads.
 */
function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(
      msg('report.cli.cannotRead', { path: file, detail: reason(error) }),
      false,
    );
  }
}

async function loadRegistry(file: string): Promise<RegistryFile> {
  const result = parseRegistryFile(readInput(file));
  if (!result.ok) {
    throw new UsageError(
      msg('report.cli.registryProblem', { path: file, detail: render(result.message) }),
      false,
    );
  }
  return result.registry;
}

async function loadStandard(file: string): Promise<KnownStandard> {
  const result = parseStandardFile(new TextDecoder().decode(readInput(file)));
  if (!result.ok) {
    throw new UsageError(
      msg('report.cli.standardProblem', { path: file, detail: result.message }),
      false,
    );
  }
  const { id, version, contentHash } = result.standard;
  return { id, version, hash: contentHash };
}

/** Report files under a folder, in name order, subfolders included. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile() && entry.name.endsWith(REPORT_EXTENSION)) found.push(full);
  }
  return found;
}

/** Named files are taken whatever their extension; folders give their report files. */
async function collectFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(input)).isDirectory();
      if (isFolder) files.push(...(await walk(input)));
      else files.push(input);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(
        msg('report.cli.cannotRead', { path: input, detail: reason(error) }),
        false,
      );
    }
  }
  return [...new Set(files)];
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    throw new UsageError(
      msg('report.cli.cannotWrite', { path: file, detail: reason(error) }),
      false,
    );
  }
}

function counts(reports: readonly VerifiedReport[]): Record<ReportVerdict, number> {
  const result = Object.fromEntries(REPORT_VERDICTS.map((v) => [v, 0])) as Record<
    ReportVerdict,
    number
  >;
  for (const report of reports) result[report.verdict] += 1;
  return result;
}

function summaryText(reports: readonly VerifiedReport[]): string {
  const lines = [t('report.cli.summary', { total: reports.length })];
  const byVerdict = counts(reports);
  for (const verdict of REPORT_VERDICTS) {
    if (byVerdict[verdict] === 0) continue;
    lines.push(
      t('report.cli.summaryLine', { label: verdictLabel(verdict), count: byVerdict[verdict] }),
    );
  }
  const attention = [
    ...reports.filter((r) => r.verdict !== 'valid').map((r) => render(r.message)),
    ...reports.flatMap((r) => r.problems.map(render)),
  ];
  if (attention.length > 0) {
    lines.push('', t('report.cli.attention'), ...attention.map((line) => `- ${line}`));
  } else {
    lines.push('', t('report.cli.allValid'));
  }
  return `${lines.join('\n')}\n`;
}

/** The --json result: every file's verdict in words, and the summary rows by column name. */
export function jsonResult(reports: readonly VerifiedReport[]): string {
  const table = aggregateRows(reports);
  return `${JSON.stringify(
    {
      kind: 'uniondesk-verify-result',
      version: 1,
      counts: counts(reports),
      reports: reports.map((r) => ({
        file: r.fileName,
        fileSha256: r.fileSha256,
        verdict: r.verdict,
        verdictLabel: verdictLabel(r.verdict),
        keyid: r.keyid ?? null,
        reportId: r.payload?.reportId ?? null,
        unionName: r.payload?.union.name ?? null,
        creditCode: r.payload?.union.creditCode ?? null,
        year: r.payload?.period.year ?? null,
        sequence: r.payload?.sequence ?? null,
        message: render(r.message),
        problems: r.problems.map(render),
      })),
      summary: table.rows.map((row) =>
        Object.fromEntries(table.columns.map((column, i) => [column, row[i] ?? ''])),
      ),
    },
    null,
    2,
  )}\n`;
}

/**
 * What the command still needs of a verified report once its problems are known: the items and
 * the ledger (most of a payload) go, so that ten thousand reports held for the summary do not keep
 * the garbage collector busy. The summary, the settlement and the JSON result read none of them.
 */
function keepForSummary(report: VerifiedReport): VerifiedReport {
  if (!report.payload) return report;
  const { payload } = report;
  return {
    ...report,
    payload: { ...payload, ledger: [], assessment: { ...payload.assessment, items: [] } },
  };
}

/** Reads, verifies and settles the files; the part the benchmark times along with the writing. */
export async function verifyFiles(
  files: readonly string[],
  registry: RegistryFile,
  knownStandards: readonly KnownStandard[],
): Promise<VerifiedReport[]> {
  const context = {
    verifier: nodeEd25519Verifier(),
    sha256Hex: nodeSha256Hex,
    ...(knownStandards.length > 0 ? { knownStandards } : {}),
  };
  const reports = await mapLimit(files, CONCURRENCY, async (file) =>
    keepForSummary(
      await verifyReportFile({ name: file, data: readInput(file) }, registry.keys, context),
    ),
  );
  return settleBatch(reports);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      io.stdout(`${t('report.cli.usage')}\n`);
      return EXIT_ALL_VALID;
    }
    if (!options.registry) throw new UsageError(msg('report.cli.missingRegistry'));
    const registry = await loadRegistry(options.registry);
    const knownStandards = [
      ...(registry.standards ?? []),
      ...(await Promise.all(options.standards.map(loadStandard))),
    ];
    const files = await collectFiles(options.inputs);
    if (files.length === 0) throw new UsageError(msg('report.cli.noFiles'));

    const reports = await verifyFiles(files, registry, knownStandards);
    io.stdout(summaryText(reports));
    if (options.xlsx) {
      await writeAtomically(options.xlsx, aggregateWorkbook(reports));
      io.stdout(`${t('report.cli.wroteXlsx', { path: options.xlsx })}\n`);
    }
    if (options.json) {
      await writeAtomically(options.json, jsonResult(reports));
      io.stdout(`${t('report.cli.wroteJson', { path: options.json })}\n`);
    }
    return reports.every((r) => r.verdict === 'valid') ? EXIT_ALL_VALID : EXIT_SOME_INVALID;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${render(error.problem)}\n`);
    if (error.showUsage) io.stderr(`${t('report.cli.usage')}\n`);
    return EXIT_USAGE;
  }
}

/** The bundled command's entry (scripts/build-cli.mjs). */
export function runCli(): void {
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT_USAGE;
    },
  );
}
