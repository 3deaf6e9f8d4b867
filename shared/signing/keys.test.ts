import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { REPORT_PAYLOAD_TYPE } from '../report/payload';
import { RECEIPT_PAYLOAD_TYPE } from '../report/receipt';
import { payloadBytes } from './envelope';
import {
  activeKeyOf,
  isRotationSubject,
  newestKeyFirst,
  SIGNABLE_PAYLOAD_TYPES,
  signRequestRefusal,
  type SigningKeyInfo,
} from './keys';
import { ROTATION_PAYLOAD_TYPE } from './rotation';

function makeKey(overrides: Partial<SigningKeyInfo> = {}): SigningKeyInfo {
  return {
    fingerprint: '0'.repeat(64),
    publicKey: 'A'.repeat(43) + '=',
    role: 'union',
    status: 'active',
    createdAt: '2026-11-23T08:00:00.000Z',
    protection: 'safeStorage',
    ...overrides,
  };
}

describe('signing roles', () => {
  it('lets each role sign its own kind of file, and no role a rotation statement', () => {
    expect(SIGNABLE_PAYLOAD_TYPES.union).toEqual([REPORT_PAYLOAD_TYPE]);
    expect(SIGNABLE_PAYLOAD_TYPES.federation).toEqual([RECEIPT_PAYLOAD_TYPE]);
    expect(Object.values(SIGNABLE_PAYLOAD_TYPES).flat()).not.toContain(ROTATION_PAYLOAD_TYPE);
  });

  it('explains a refused request in Chinese, naming the role and the type', () => {
    const bytes = payloadBytes({ year: 2026 });
    expect(signRequestRefusal('union', REPORT_PAYLOAD_TYPE, bytes)).toBeNull();
    const wrong = signRequestRefusal('federation', REPORT_PAYLOAD_TYPE, bytes);
    expect(render(wrong!)).toBe(
      `回执签名密钥（上级工会）不能签署这类内容（${REPORT_PAYLOAD_TYPE}），已拒绝签名。`,
    );
    const loose = signRequestRefusal(
      'union',
      REPORT_PAYLOAD_TYPE,
      new Uint8Array([0x7b, 0x7d, 0x20]),
    );
    expect(loose?.key).toBe('signing.error.notCanonical');
  });

  it('orders keys newest first, the active one first at the same moment', () => {
    const older = makeKey({
      createdAt: '2025-01-01T00:00:00.000Z',
      fingerprint: '1'.repeat(64),
      status: 'retired',
      retiredAt: '2025-06-01T00:00:00.000Z',
    });
    const retired = makeKey({ status: 'retired', retiredAt: '2026-11-23T08:00:00.000Z' });
    const active = makeKey({ fingerprint: '2'.repeat(64) });
    expect([older, retired, active].sort(newestKeyFirst)).toEqual([active, retired, older]);
    expect(activeKeyOf([older, retired, active], 'union')).toBe(active);
    expect(activeKeyOf([retired], 'union')).toBeUndefined();
    expect(activeKeyOf([active], 'federation')).toBeUndefined();
  });

  it('accepts a rotation subject only in the form the statement schema takes', () => {
    const subject = { creditCode: '91110108MA01ABCD2X', unionName: '某某工会', date: '2026-11-23' };
    expect(isRotationSubject(subject)).toBe(true);
    expect(isRotationSubject({ ...subject, date: '2026-1-1' })).toBe(false);
    expect(isRotationSubject({ ...subject, creditCode: '123' })).toBe(false);
    expect(isRotationSubject({ ...subject, newKeyid: 'x' })).toBe(false);
  });
});
