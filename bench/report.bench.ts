/**
 * The signed annual report at scale. Prints:
 *  - report_build_sign_ms: facts and statistics from a union's records (50,000 members, 500
 *    minutes), the payload, canonical bytes and the Ed25519 signature — what 导出年度报告 does
 *    after reading the database. Median of five runs.
 *  - verify_10k_ms: the command-line verifier as a federation runs it — the bundled
 *    dist/cli/uniondesk-verify.cjs, built afresh, in its own Node process — over a folder of
 *    10,000 signed reports from 200 union keys (50 years each, all valid, so the summary has
 *    10,000 rows): start-up, verification and the printed summary, best of three runs, as is the
 *    floor. verify_10k_with_xlsx_ms is one more run that also writes the aggregate workbook
 *    (--xlsx), which is aggregation rather than verification.
 *  - verify_floor_10k_ms: the bare minimum on the same folder — read, JSON.parse, base64 and
 *    Ed25519 verify with node:crypto, at the same concurrency — and verify_ratio, the two divided,
 *    so that figures from machines of different speed can be compared.
 * Goals (issue 7): build+sign ≤ 1000 ms, verify 10k ≤ 10 s, ratio ≤ 2.
 */
import { spawn } from 'node:child_process';
import { createPublicKey, verify as verifyNode, type KeyObject } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONCURRENCY } from '../cli/verify-reports';
import { mapLimit } from '../cli/pool';
import {
  assessmentPeriod,
  ledgerFacts,
  minuteFacts,
  profileFacts,
  rosterFacts,
} from '../shared/assessment/facts-build';
import type { AssessmentFacts } from '../shared/assessment/facts';
import type { Assessment } from '../shared/assessment/record';
import { DEFAULT_MEETING_RULES } from '../shared/meetings/rules';
import { rosterStats, statisticsPeriod } from '../shared/members/stats';
import { buildReportPayload, type ReportInput } from '../shared/report/build';
import { makeFinalAssessment, makeProfile } from '../shared/report/fixtures';
import { REPORT_PAYLOAD_TYPE } from '../shared/report/payload';
import { registryFile } from '../shared/report/registry';
import {
  makeTestUnion,
  signReportFile,
  testReportId,
  testReportPayload,
  type TestUnion,
} from '../shared/report/signed-fixtures';
import { generateEd25519KeyPair, webCryptoSigner, type Signer } from '../shared/signing/ed25519';
import { signEnvelope } from '../shared/signing/envelope';
import { DEFAULT_STANDARD } from '../shared/standard/default-standard';
import { buildCli, cliOutfile } from '../scripts/build-cli.mjs';
import { line, time } from './measure';
import { benchSurveys, unionRecords, type UnionRecords } from './report-fixture';

const MEMBERS = 50_000;
const MINUTES = 500;
const UNIONS = 200;
const YEARS = 50;

// ---- build + sign ----------------------------------------------------------------------------

const profile = makeProfile({
  workforceTotal: 52_000,
  workforceWomen: 18_000,
  workforceMigrant: 20_000,
});
const period = statisticsPeriod('calendar', 2026);

/** What the report builder derives from the records: the timed part together with the signing. */
function deriveFacts(records: UnionRecords): Pick<ReportInput, 'facts' | 'stats'> {
  const window = assessmentPeriod(period);
  const facts: AssessmentFacts = {
    period: window,
    profile: profileFacts(profile),
    roster: rosterFacts(records.members, window),
    minutes: minuteFacts(records.meetings, DEFAULT_MEETING_RULES, window),
    ledger: ledgerFacts(records.ledger, records.attachments, window),
    surveys: benchSurveys(),
  };
  return { facts, stats: rosterStats(records.members, profile, period) };
}

async function buildAndSign(
  records: UnionRecords,
  finalised: Assessment,
  signer: Signer,
): Promise<string> {
  const { facts, stats } = deriveFacts(records);
  const input: ReportInput = {
    meta: {
      reportId: '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
      sequence: 1,
      supersedes: null,
      generatedAt: '2027-01-10T03:00:00.000Z',
      appVersion: 'bench',
    },
    profile,
    periodKind: 'calendar',
    facts,
    stats,
    standard: DEFAULT_STANDARD,
    // Stored and finalised before the export; built here from the same facts, outside the timing.
    assessment: finalised,
  };
  return signEnvelope(REPORT_PAYLOAD_TYPE, buildReportPayload(input), signer);
}

/** In a function, so that the 50,000 members are garbage before the floor is timed. */
async function benchBuildSign(): Promise<void> {
  const records = unionRecords(MEMBERS, MINUTES);
  const finalised = makeFinalAssessment(deriveFacts(records).facts);
  const signer = await webCryptoSigner(await generateEd25519KeyPair());
  const buildRuns: number[] = [];
  let reportBytes = 0;
  for (let run = 0; run < 5; run += 1) {
    const [text, ms] = await time(() => buildAndSign(records, finalised, signer));
    buildRuns.push(ms);
    reportBytes = text.length;
  }
  buildRuns.sort((a, b) => a - b);
  line('report_build_sign_ms', buildRuns[2]!, 'ms');
  line('report_50k_file_bytes', reportBytes, 'bytes');
}
await benchBuildSign();
await buildCli();

/** Runs the bundled command in its own process; resolves with its exit code and output. */
function runCommand(args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliOutfile, ...args], { stdio: 'pipe' });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => void (out += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => void (out += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

// ---- verify 10,000 files ---------------------------------------------------------------------

const folder = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-bench-reports-'));
try {
  const unions: TestUnion[] = await mapLimit(
    Array.from({ length: UNIONS }, (_, i) => i),
    CONCURRENCY,
    makeTestUnion,
  );
  // One built payload per union; each year's file differs in id and period and is signed anew.
  const jobs = unions.flatMap((union, u) => {
    const base = testReportPayload(union);
    return Array.from({ length: YEARS }, (_, y) => ({ union, u, y, base }));
  });
  await mapLimit(jobs, CONCURRENCY, async ({ union, u, y, base }) => {
    const year = 2026 - y;
    const payload = {
      ...base,
      reportId: testReportId(u, y),
      period: { ...base.period, year, start: `${year}-01-01`, end: `${year}-12-31` },
    };
    const name = `${union.creditCode}-${year}.uniondesk-report`;
    await writeFile(path.join(folder, name), await signReportFile(union.signer, payload));
  });
  const registryPath = path.join(folder, 'registry.json');
  await writeFile(registryPath, registryFile(unions.map((u) => u.key)));
  const files = (await readdir(folder))
    .filter((name) => name.endsWith('.uniondesk-report'))
    .map((name) => path.join(folder, name));

  // Best of three alternating runs of each, the floor after a full collection: it is short
  // enough for a collection left over from generating the files, or another process, to double
  // it, and on these 2-core machines a run of either varies by a quarter from one to the next.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  let floorMs = Infinity;
  let cliMs = Infinity;
  const xlsx = path.join(os.tmpdir(), `uniondesk-bench-${process.pid}.xlsx`);
  for (let round = 0; round < 3; round += 1) {
    collect();
    const [validCount, floorRun] = await time(() => verifyFloor(files));
    if (validCount !== files.length)
      throw new Error(`floor verified ${validCount}/${files.length}`);
    floorMs = Math.min(floorMs, floorRun);

    const [{ code, out }, cliRun] = await time(() =>
      runCommand(['--registry', registryPath, folder]),
    );
    if (code !== 0) throw new Error(`verifier exit ${code}:\n${out.slice(0, 2000)}`);
    cliMs = Math.min(cliMs, cliRun);
  }
  const [xlsxRun, xlsxMs] = await time(() =>
    runCommand(['--registry', registryPath, '--xlsx', xlsx, folder]),
  );
  if (xlsxRun.code !== 0) throw new Error(`verifier with --xlsx exit ${xlsxRun.code}`);
  await rm(xlsx, { force: true });

  line('verify_10k_ms', cliMs, 'ms');
  line('verify_floor_10k_ms', floorMs, 'ms');
  line('verify_ratio', cliMs / floorMs, 'x');
  line('verify_10k_with_xlsx_ms', xlsxMs, 'ms');
} finally {
  await rm(folder, { recursive: true, force: true });
}

/** Read, parse, decode, verify: nothing else, at the CLI's concurrency. Returns how many verify. */
async function verifyFloor(files: readonly string[]): Promise<number> {
  const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
  const keys = new Map<string, KeyObject>();
  const results = await mapLimit(files, CONCURRENCY, async (file) => {
    const envelope = JSON.parse(await readFile(file, 'utf8')) as {
      payload: string;
      payloadType: string;
      signatures: { publicKey: string; sig: string }[];
    };
    const signature = envelope.signatures[0]!;
    let key = keys.get(signature.publicKey);
    if (!key) {
      const der = Buffer.concat([SPKI_ED25519, Buffer.from(signature.publicKey, 'base64')]);
      key = createPublicKey({ key: der, format: 'der', type: 'spki' });
      keys.set(signature.publicKey, key);
    }
    const payload = Buffer.from(envelope.payload, 'base64');
    const type = Buffer.from(envelope.payloadType);
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${type.length} ${envelope.payloadType} ${payload.length} `),
      payload,
    ]);
    return new Promise<boolean>((resolve, reject) =>
      verifyNode(null, pae, key, Buffer.from(signature.sig, 'base64'), (error, ok) =>
        error ? reject(error) : resolve(ok),
      ),
    );
  });
  return results.filter(Boolean).length;
}
