import type { KnownStandard, RegistryKey } from '../shared/report/registry';
import { verifyReportFile, type VerifiedReport, type VerifyContext } from '../shared/report/verify';
import { nodeEd25519Verifier, nodeSha256Hex } from './node-crypto';
import { mapLimit } from './pool';
import { readInput } from './usage-error';

/**
 * One thread's share of the work, the same whether the command verifies in its own thread or in
 * workers (verify-workers.ts): read each file, verify it, keep what the summary needs.
 */

/**
 * Files in flight per thread: the signature checks run in libuv's thread pool while the thread
 * parses and checks other files; more would only hold more files in memory.
 */
export const CONCURRENCY = 16;

export function verifyContext(knownStandards: readonly KnownStandard[]): VerifyContext {
  return {
    verifier: nodeEd25519Verifier(),
    sha256Hex: nodeSha256Hex,
    ...(knownStandards.length > 0 ? { knownStandards } : {}),
  };
}

/**
 * What the command still needs of a verified report once its problems are known: the items and
 * the ledger (most of a payload) go, so that ten thousand reports held for the summary do not keep
 * the garbage collector busy, nor cross from a worker. The summary, the settlement and the JSON
 * result read none of them.
 */
export function keepForSummary(report: VerifiedReport): VerifiedReport {
  if (!report.payload) return report;
  const { payload } = report;
  return {
    ...report,
    payload: { ...payload, ledger: [], assessment: { ...payload.assessment, items: [] } },
  };
}

/** Verdicts for `files` in their order; a file that cannot be read throws a UsageError. */
export function verifyEach(
  files: readonly string[],
  keys: readonly RegistryKey[],
  context: VerifyContext,
): Promise<VerifiedReport[]> {
  return mapLimit(files, CONCURRENCY, async (file) =>
    keepForSummary(await verifyReportFile({ name: file, data: readInput(file) }, keys, context)),
  );
}
