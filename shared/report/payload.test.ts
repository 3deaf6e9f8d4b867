import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildReportPayload } from './build';
import { makeReportInput } from './fixtures';
import { isReportPayload, reportPayloadSchema } from './payload';

/**
 * isReportPayload runs zod's compiled form of the schema, which a federation's verifier relies on
 * for speed. It must answer as the schema does: never accept what the schema refuses (that would
 * let a malformed report through as valid) and accept what it accepts (or every report would take
 * the slow path). A seeded random walk of mutations of a real payload checks both directions.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** mulberry32: small, seeded, the same sequence on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every container in the value with the way to reach it, the root first. */
function containers(value: Json): (Json[] | { [key: string]: Json })[] {
  const found: (Json[] | { [key: string]: Json })[] = [];
  const walk = (node: Json) => {
    if (node === null || typeof node !== 'object') return;
    found.push(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) walk(child);
  };
  walk(value);
  return found;
}

/** Values that break one rule or another of the schema, and some that keep them. */
const REPLACEMENTS: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  1000,
  1001,
  100_000,
  100_001,
  10_000_001,
  2 ** 53,
  '',
  '2026-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000Z',
  '2026-01-01T00:00:00+08:00',
  '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
  '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5',
  'a'.repeat(64),
  'A'.repeat(64),
  '91110000100000000X',
  '91110000100000000x',
  'calendar',
  'octSep',
  'minute',
  'pass',
  'union',
  'uniondesk-annual-report',
  '文'.repeat(40),
  '文'.repeat(41),
  'x'.repeat(61),
  'x'.repeat(101),
  'x'.repeat(201),
  'x'.repeat(301),
  'x'.repeat(1001),
  'x'.repeat(5001),
  [],
  ['x'],
  [1],
  {},
  { numerator: 1, denominator: 2 },
  { id: 'b', label: '等次' },
];

function mutate(payload: Json, next: () => number): Json {
  const copy = structuredClone(payload);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const target = pick(containers(copy));
  const replacement = structuredClone(pick(REPLACEMENTS));
  if (Array.isArray(target)) {
    const roll = next();
    if (target.length > 0 && roll < 0.4) target[Math.floor(next() * target.length)] = replacement;
    else if (target.length > 0 && roll < 0.6) target.splice(Math.floor(next() * target.length), 1);
    else if (target.length > 0 && roll < 0.8) target.push(structuredClone(pick(target)));
    else target.push(replacement);
  } else {
    const keys = Object.keys(target);
    const roll = next();
    if (keys.length > 0 && roll < 0.6) target[pick(keys)] = replacement;
    else if (keys.length > 0 && roll < 0.8) delete target[pick(keys)];
    else target[pick(['extra', 'note', 'reason', 'industry', 'foundedOn', 'id'])] = replacement;
  }
  return copy;
}

describe('isReportPayload (the compiled schema)', () => {
  const payload = buildReportPayload(makeReportInput()) as unknown as Json;

  it('is compiled: zod can generate code for every rule of the schema', () => {
    // z.compile falls back silently to the interpreted schema; strict makes that loud, so a rule
    // added later that zod cannot compile shows here rather than as a slower verifier.
    expect(() => z.compile(reportPayloadSchema, { strict: true })).not.toThrow();
  });

  it('accepts a built report and refuses what is not an object', () => {
    expect(isReportPayload(payload)).toBe(true);
    for (const value of [null, [], 'report', 1, undefined]) {
      expect(isReportPayload(value)).toBe(false);
    }
  });

  it('answers as the schema does over 3,000 seeded mutations of a report', () => {
    const next = random(20261124);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i += 1) {
      const mutated = mutate(payload, next);
      // Applied twice now and then, so that one change can hide behind another.
      const value = next() < 0.2 ? mutate(mutated, next) : mutated;
      const parsed = reportPayloadSchema.safeParse(value);
      const expected = parsed.success;
      if (isReportPayload(value) !== expected) {
        throw new Error(
          `compiled check says ${!expected} where the schema says ${expected} for mutation ${i}`,
        );
      }
      // verify.ts keeps an accepted value as it is: the schema must not strip, default or
      // transform anything, or the compiled check's yes would hand on other data than its parse.
      if (parsed.success && !isDeepStrictEqual(parsed.data, value)) {
        throw new Error(`the schema changed the data of accepted mutation ${i}`);
      }
      if (expected) accepted += 1;
      else refused += 1;
    }
    // Both directions were exercised in earnest.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(1000);
  });
});
