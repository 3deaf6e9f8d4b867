import { z } from 'zod';
import { utf8DecodeStrict } from '../format/utf8';
import { msg, type Message } from '../i18n';
import { groupFingerprint } from '../signing/fingerprint';
import { rotationKeyMatches, type RotationPayload } from '../signing/rotation';

/**
 * The federation's register of union signing keys, as plain data: the federation view keeps it
 * in its database, the command-line verifier reads it from a file. A key is registered from the
 * stamped paper slip (typed, or taken from a report whose fingerprint matched the slip) or from a
 * rotation statement signed by the union's registered key. Keys are never deleted: a replaced
 * key stays, revoked from a date, so that the reports it signed before then still verify.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const creditCode = z.string().regex(/^[0-9A-Z]{18}$/);
const fingerprint = z.string().regex(/^[0-9a-f]{64}$/);

export const registryKeySchema = z
  .object({
    fingerprint,
    creditCode,
    unionName: z.string().max(200),
    status: z.enum(['active', 'revoked']),
    /** `YYYY-MM-DD`: reports generated on or after this day are refused. Absent: all are. */
    revokedFrom: day.optional(),
    registeredOn: day,
    source: z.enum(['report', 'typed', 'rotation']),
  })
  .strict();

export type RegistryKey = z.infer<typeof registryKeySchema>;

/** A scoring standard the federation accepts, by the id, version and hash reports state. */
export const knownStandardSchema = z
  .object({ id: z.string().max(100), version: z.string().max(40), hash: fingerprint })
  .strict();

export type KnownStandard = z.infer<typeof knownStandardSchema>;

export const REGISTRY_KIND = 'uniondesk-key-registry';

export const registryFileSchema = z
  .object({
    kind: z.literal(REGISTRY_KIND),
    version: z.literal(1),
    keys: z.array(registryKeySchema).max(100_000),
    standards: z.array(knownStandardSchema).max(1000).optional(),
  })
  .strict();

export type RegistryFile = z.infer<typeof registryFileSchema>;

export type RegistryResult = { ok: true; registry: RegistryFile } | { ok: false; message: Message };

/** Where a zod issue is, as `keys[3].fingerprint`, for a message a technician can act on. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Reads a registry file (UTF-8 JSON, a leading BOM tolerated as editors add one). */
export function parseRegistryFile(bytes: Uint8Array): RegistryResult {
  let value: unknown;
  try {
    value = JSON.parse(utf8DecodeStrict(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: msg('report.registry.unreadable') };
  }
  const parsed = registryFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issuePath(issue.path) || '（根）'}：${issue.message}` : '';
    return { ok: false, message: msg('report.registry.invalid', { detail }) };
  }
  const seen = new Set<string>();
  for (const key of parsed.data.keys) {
    // One fingerprint, one entry: two would be two answers to "whose key is this?".
    if (seen.has(key.fingerprint)) {
      return {
        ok: false,
        message: msg('report.registry.duplicateKey', {
          fingerprint: groupFingerprint(key.fingerprint),
        }),
      };
    }
    seen.add(key.fingerprint);
  }
  return { ok: true, registry: parsed.data };
}

/** The text of a registry file: indented, so that a person can read and diff it. */
export function registryFile(
  keys: readonly RegistryKey[],
  standards?: readonly KnownStandard[],
): string {
  const file: RegistryFile = {
    kind: REGISTRY_KIND,
    version: 1,
    keys: [...keys],
    ...(standards ? { standards: [...standards] } : {}),
  };
  return `${JSON.stringify(registryFileSchema.parse(file), null, 2)}\n`;
}

const indexes = new WeakMap<readonly RegistryKey[], Map<string, RegistryKey>>();

/**
 * The registered entry for a fingerprint. The index is built once per registry array, as the
 * verifier looks up every one of thousands of files in the same registry.
 */
export function findKey(
  registry: readonly RegistryKey[],
  keyFingerprint: string,
): RegistryKey | undefined {
  let index = indexes.get(registry);
  if (!index) {
    index = new Map(registry.map((key) => [key.fingerprint, key]));
    indexes.set(registry, index);
  }
  return index.get(keyFingerprint);
}

export type RotationResult =
  { ok: true; registry: RegistryKey[] } | { ok: false; message: Message };

/**
 * Registers the new key a verified rotation statement announces and revokes the old one from the
 * statement's date. `signerKeyid` is the key that signed the statement (from openEnvelope): it
 * must be the registered, active key of the statement's union, or anyone holding any registered
 * key could move another union to a key of their choosing.
 */
export function applyRotation(
  registry: readonly RegistryKey[],
  rotation: RotationPayload,
  signerKeyid: string,
  registeredOn: string = rotation.date,
): RotationResult {
  const fail = (message: Message): RotationResult => ({ ok: false, message });
  if (!rotationKeyMatches(rotation)) return fail(msg('report.rotation.badNewKey'));
  if (rotation.oldKeyid !== signerKeyid) {
    return fail(
      msg('report.rotation.signerMismatch', {
        stated: groupFingerprint(rotation.oldKeyid),
        signer: groupFingerprint(signerKeyid),
      }),
    );
  }
  const signer = findKey(registry, signerKeyid);
  if (!signer || signer.status !== 'active' || signer.creditCode !== rotation.creditCode) {
    return fail(
      msg('report.rotation.notActiveSigner', {
        signer: groupFingerprint(signerKeyid),
        union: rotation.unionName,
        creditCode: rotation.creditCode,
      }),
    );
  }
  const existing = findKey(registry, rotation.newKeyid);
  if (existing && existing.creditCode !== rotation.creditCode) {
    return fail(
      msg('report.rotation.newKeyTaken', {
        fingerprint: groupFingerprint(rotation.newKeyid),
        union: existing.unionName,
        creditCode: existing.creditCode,
      }),
    );
  }
  if (existing && existing.status === 'revoked') {
    return fail(
      msg('report.rotation.newKeyRevoked', { fingerprint: groupFingerprint(rotation.newKeyid) }),
    );
  }
  const next: RegistryKey[] = registry.map((key) =>
    key.fingerprint === signerKeyid
      ? { ...key, status: 'revoked' as const, revokedFrom: rotation.date }
      : key,
  );
  if (!existing) {
    next.push({
      fingerprint: rotation.newKeyid,
      creditCode: rotation.creditCode,
      unionName: rotation.unionName,
      status: 'active',
      registeredOn,
      source: 'rotation',
    });
  }
  return { ok: true, registry: next };
}
