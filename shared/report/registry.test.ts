import { beforeAll, describe, expect, it } from 'vitest';
import { utf8Encode } from '../format/utf8';
import { render } from '../i18n';
import { groupFingerprint } from '../signing/fingerprint';
import { rotationPayload, type RotationPayload } from '../signing/rotation';
import {
  applyRotation,
  findKey,
  parseRegistryFile,
  registryFile,
  type RegistryKey,
} from './registry';
import { makeTestUnion, type TestUnion } from './signed-fixtures';

let a: TestUnion;
let aNew: TestUnion;
let b: TestUnion;

beforeAll(async () => {
  [a, aNew, b] = await Promise.all([makeTestUnion(1), makeTestUnion(2), makeTestUnion(3)]);
});

const standard = { id: 'shuangzheng', version: '2026', hash: 'c'.repeat(64) };

describe('registry file', () => {
  it('round-trips keys and standards', () => {
    const text = registryFile([a.key, b.key], [standard]);
    const parsed = parseRegistryFile(utf8Encode(text));
    expect(parsed).toEqual({
      ok: true,
      registry: {
        kind: 'uniondesk-key-registry',
        version: 1,
        keys: [a.key, b.key],
        standards: [standard],
      },
    });
  });

  it('tolerates the byte-order mark that Windows editors add', () => {
    expect(parseRegistryFile(utf8Encode(`\ufeff${registryFile([a.key])}`)).ok).toBe(true);
  });

  it('refuses what is not JSON, a wrong shape with its place, and a key listed twice', () => {
    const fail = (text: string) => {
      const result = parseRegistryFile(utf8Encode(text));
      return result.ok ? 'ok' : render(result.message);
    };
    expect(fail('not json')).toContain('无法读取');
    expect(parseRegistryFile(new Uint8Array([0xff, 0xfe])).ok).toBe(false);
    const badKey = JSON.parse(registryFile([a.key])) as { keys: Record<string, unknown>[] };
    badKey.keys[0]!['fingerprint'] = 'ABC';
    expect(fail(JSON.stringify(badKey))).toContain('keys[0].fingerprint');
    expect(
      fail(JSON.stringify({ kind: 'uniondesk-key-registry', version: 2, keys: [] })),
    ).toContain('version');
    expect(
      fail(registryFile([a.key]).replace('"keys": [', `"keys": [${JSON.stringify(a.key)},`)),
    ).toContain(groupFingerprint(a.fingerprint));
  });

  it('finds a key by fingerprint', () => {
    const registry = [a.key, b.key];
    expect(findKey(registry, b.fingerprint)).toBe(b.key);
    expect(findKey(registry, aNew.fingerprint)).toBeUndefined();
  });
});

describe('applyRotation', () => {
  let statement: RotationPayload;
  beforeAll(() => {
    statement = rotationPayload({
      creditCode: a.creditCode,
      unionName: a.name,
      oldPublicKey: a.signer.publicKey,
      newPublicKey: aNew.signer.publicKey,
      date: '2027-03-01',
    });
  });

  it('registers the new key and revokes the old one from the statement’s date', () => {
    const result = applyRotation([a.key, b.key], statement, a.fingerprint, '2027-03-05');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.registry).toEqual([
      { ...a.key, status: 'revoked', revokedFrom: '2027-03-01' },
      b.key,
      {
        fingerprint: aNew.fingerprint,
        creditCode: a.creditCode,
        unionName: a.name,
        status: 'active',
        registeredOn: '2027-03-05',
        source: 'rotation',
      },
    ]);
  });

  it('refuses a statement not signed by the union’s registered active key', () => {
    const fail = (registry: RegistryKey[], payload: RotationPayload, signer: string) => {
      const result = applyRotation(registry, payload, signer);
      return result.ok ? 'ok' : result.message.key;
    };
    // Signed by b's key, stating a's key as the old one.
    expect(fail([a.key, b.key], statement, b.fingerprint)).toBe('report.rotation.signerMismatch');
    // b's own registered key, but the statement moves union a.
    const byB = { ...statement, oldKeyid: b.fingerprint };
    expect(fail([a.key, b.key], byB, b.fingerprint)).toBe('report.rotation.notActiveSigner');
    // a's key but no longer active, or not registered at all.
    const revoked = { ...a.key, status: 'revoked' as const, revokedFrom: '2027-01-01' };
    expect(fail([revoked, b.key], statement, a.fingerprint)).toBe(
      'report.rotation.notActiveSigner',
    );
    expect(fail([b.key], statement, a.fingerprint)).toBe('report.rotation.notActiveSigner');
  });

  it('refuses a new key that does not match its fingerprint, or that another union holds', () => {
    const wrongKey = { ...statement, newKeyid: b.fingerprint };
    const result = applyRotation([a.key], wrongKey, a.fingerprint);
    expect(result.ok || result.message.key).toBe('report.rotation.badNewKey');
    const taken = applyRotation(
      [a.key, { ...aNew.key, creditCode: b.creditCode, unionName: b.name }],
      statement,
      a.fingerprint,
    );
    expect(taken.ok || render(taken.message)).toContain(b.name);
  });
});
