import { base64 } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFacts } from '../assessment/fixtures';
import { canonicalJson } from '../format/canonical-json';
import { utf8Encode } from '../format/utf8';
import { buildReportPayload } from '../report/build';
import { makeReportInput } from '../report/fixtures';
import { REPORT_MAX_BYTES, REPORT_PAYLOAD_TYPE } from '../report/payload';
import {
  createEd25519Verifier,
  generateEd25519KeyPair,
  webCryptoSigner,
  type Signer,
} from './ed25519';
import {
  envelopeText,
  isCanonicalPayload,
  normaliseForSigning,
  openEnvelope,
  parseVerifiedPayload,
  payloadBytes,
  preAuthEncoding,
  signEnvelope,
  type EnvelopeFailure,
  type OpenOptions,
} from './envelope';
import { keyFingerprint } from './fingerprint';

const OPTIONS: OpenOptions = { maxBytes: REPORT_MAX_BYTES, payloadTypes: [REPORT_PAYLOAD_TYPE] };
const verifier = createEd25519Verifier();

let signer: Signer;
let other: Signer;
/** A real signed report (the plain fixture facts: about 11 kB). */
let reportText: string;

beforeAll(async () => {
  signer = await webCryptoSigner(await generateEd25519KeyPair());
  other = await webCryptoSigner(await generateEd25519KeyPair());
  const payload = buildReportPayload(makeReportInput({ facts: makeFacts() }));
  reportText = await signEnvelope(REPORT_PAYLOAD_TYPE, payload, signer);
});

async function failureOf(bytes: Uint8Array, options = OPTIONS): Promise<EnvelopeFailure | 'ok'> {
  const opened = await openEnvelope(bytes, options, verifier);
  return opened.ok ? 'ok' : opened.failure;
}

/** The envelope as an object, changed, and written back canonically (so only the change counts). */
function edited(text: string, change: (envelope: Record<string, unknown>) => void): Uint8Array {
  const envelope = JSON.parse(text) as Record<string, unknown>;
  change(envelope);
  return utf8Encode(canonicalJson(envelope));
}

function firstSignature(envelope: Record<string, unknown>): Record<string, string> {
  return (envelope['signatures'] as Record<string, string>[])[0]!;
}

describe('pre-authentication encoding', () => {
  it('is DSSE v1: lengths in bytes, type, body (the DSSE specification’s example)', () => {
    const pae = preAuthEncoding('http://example.com/HelloWorld', utf8Encode('hello world'));
    expect(new TextDecoder().decode(pae)).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
    expect(new TextDecoder().decode(preAuthEncoding('类型', utf8Encode('内容')))).toBe(
      'DSSEv1 6 类型 6 内容',
    );
  });
});

describe('signing and opening an envelope', () => {
  it('round-trips: the verified bytes are the canonical payload, the key id its fingerprint', async () => {
    const payload = { b: '工会', a: [1, 2, { z: true, y: null }] };
    const text = await signEnvelope(REPORT_PAYLOAD_TYPE, payload, signer);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    const opened = await openEnvelope(utf8Encode(text), OPTIONS, verifier);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.payload).toEqual(payloadBytes(payload));
    expect(new TextDecoder().decode(opened.payload)).toBe(
      '{"a":[1,2,{"y":null,"z":true}],"b":"工会"}',
    );
    expect(opened.keyid).toBe(keyFingerprint(signer.publicKey));
    expect(opened.publicKey).toEqual(signer.publicKey);
    expect(opened.payloadType).toBe(REPORT_PAYLOAD_TYPE);
    expect(parseVerifiedPayload(opened.payload)).toEqual(payload);
  });

  it('writes the envelope exactly as the generic RFC 8785 canonicaliser does', () => {
    const strings = ['', 'a/b+c==', '类型 "quoted" \\ \n\u0001', '\ud83d\ude00\u2028'];
    for (const text of strings) {
      const envelope = {
        payload: text,
        payloadType: `${text}type`,
        signatures: [{ keyid: text, publicKey: `${text}k`, sig: `s${text}` }],
      };
      expect(envelopeText(envelope)).toBe(canonicalJson(envelope));
    }
  });

  it('opens the sample report file', async () => {
    expect(await failureOf(utf8Encode(reportText))).toBe('ok');
  });

  // About 23,000 openings, most of them through a signature check: seconds, not milliseconds.
  it('rejects every single-byte change at every position of a signed report file', async () => {
    const original = utf8Encode(reportText);
    const seen = new Map<string, number>();
    let accepted = 0;
    for (let index = 0; index < original.length; index += 1) {
      const byte = original[index]!;
      // Flip the lowest bit (a neighbouring letter or digit) and the case bit (letters, and
      // punctuation into other punctuation): both stay ASCII, so they reach the deeper checks.
      for (const replacement of [byte ^ 0x01, byte ^ 0x20]) {
        const changed = original.slice();
        changed[index] = replacement;
        const failure = await failureOf(changed);
        if (failure === 'ok') accepted += 1;
        seen.set(failure, (seen.get(failure) ?? 0) + 1);
      }
    }
    expect(accepted).toBe(0);
    // The changes reached every layer, not only the cheap ones.
    expect([...seen.keys()].sort()).toEqual(
      expect.arrayContaining([
        'bad-shape',
        'bad-signature',
        'key-mismatch',
        'not-json',
        'wrong-type',
      ]),
    );
    expect(seen.get('bad-signature')).toBeGreaterThan(original.length / 2);
  }, 60_000);

  it('rejects a payload type the caller does not accept, and a type swapped after signing', async () => {
    const text = await signEnvelope('application/vnd.example+json', { a: 1 }, signer);
    expect(await failureOf(utf8Encode(text))).toBe('wrong-type');
    const swapped = edited(text, (e) => {
      e['payloadType'] = REPORT_PAYLOAD_TYPE;
    });
    expect(await failureOf(swapped)).toBe('bad-signature');
  });

  it('rejects a key id that is not the embedded key’s fingerprint', async () => {
    const mismatched = edited(reportText, (e) => {
      firstSignature(e)['keyid'] = keyFingerprint(other.publicKey);
    });
    const opened = await openEnvelope(mismatched, OPTIONS, verifier);
    expect(opened).toMatchObject({ ok: false, failure: 'key-mismatch' });
  });

  it('rejects another key put in place of the signer’s, even with its own fingerprint', async () => {
    const replaced = edited(reportText, (e) => {
      const signature = firstSignature(e);
      signature['publicKey'] = base64.encode(other.publicKey);
      signature['keyid'] = keyFingerprint(other.publicKey);
    });
    expect(await openEnvelope(replaced, OPTIONS, verifier)).toMatchObject({
      ok: false,
      failure: 'bad-signature',
      keyid: keyFingerprint(other.publicKey),
    });
  });

  it('rejects a file over the size limit before reading it', async () => {
    const bytes = utf8Encode(reportText);
    expect(await failureOf(bytes, { ...OPTIONS, maxBytes: bytes.length - 1 })).toBe('too-large');
    expect(await failureOf(bytes, { ...OPTIONS, maxBytes: bytes.length })).toBe('ok');
  });

  it('rejects files that are not UTF-8, not JSON, or not the canonical form', async () => {
    const bytes = utf8Encode(reportText);
    expect(await failureOf(new Uint8Array([...bytes.slice(0, 20), 0xff, ...bytes.slice(20)]))).toBe(
      'not-utf8',
    );
    expect(await failureOf(bytes.slice(0, -1))).toBe('not-json');
    const pretty = JSON.stringify(JSON.parse(reportText), null, 2);
    expect(await failureOf(utf8Encode(pretty))).toBe('not-canonical');
    expect(await failureOf(utf8Encode(`${reportText}\n`))).toBe('not-canonical');
    // A byte-order mark would be a second spelling of the same file; the decoder keeps it.
    expect(await failureOf(utf8Encode(`\ufeff${reportText}`))).toBe('not-json');
  });

  it('rejects base64 that is not the one canonical spelling of its bytes', async () => {
    const sig = firstSignature(JSON.parse(reportText) as Record<string, unknown>)['sig']!;
    // 64 bytes end in one byte + "==": the last letter carries 4 unused bits. Setting one gives
    // a second spelling of the same signature, which a lenient decoder would accept.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet.indexOf(sig[85]!);
    const respelled = `${sig.slice(0, 85)}${alphabet[last ^ 1]}==`;
    for (const spelling of [respelled, sig.slice(0, -2), sig.replace(/\+/g, '-')]) {
      if (spelling === sig) continue;
      const file = edited(reportText, (e) => {
        firstSignature(e)['sig'] = spelling;
      });
      expect(await failureOf(file)).toBe('bad-shape');
    }
  });

  it('rejects envelopes with extra, missing or repeated parts', async () => {
    const withExtra = edited(reportText, (e) => {
      e['note'] = 'x';
    });
    const twoSignatures = edited(reportText, (e) => {
      const list = e['signatures'] as unknown[];
      list.push(list[0]);
    });
    const noSignature = edited(reportText, (e) => {
      e['signatures'] = [];
    });
    const extraInSignature = edited(reportText, (e) => {
      firstSignature(e)['alg'] = 'ed25519';
    });
    const upperKeyid = edited(reportText, (e) => {
      const signature = firstSignature(e);
      signature['keyid'] = signature['keyid']!.toUpperCase();
    });
    for (const file of [withExtra, twoSignatures, noSignature, extraInSignature, upperKeyid]) {
      expect(await failureOf(file)).toBe('bad-shape');
    }
    expect(await failureOf(utf8Encode('[]'))).toBe('bad-shape');
  });
});

describe('what may be signed', () => {
  it('refuses numbers that are not safe integers: scores are tenths', () => {
    for (const value of [1.5, 0.1, Number.NaN, Infinity, 2 ** 53]) {
      expect(() => normaliseForSigning({ a: [value] })).toThrow(/integers only/);
    }
    expect(() => payloadBytes({ score: 92.5 })).toThrow(TypeError);
    expect(normaliseForSigning({ a: -3, b: 2 ** 53 - 1 })).toEqual({ a: -3, b: 2 ** 53 - 1 });
  });

  it('turns NFD text into NFC, in values and keys, so the same words give the same bytes', () => {
    const nfd = 'e\u0301'; // é as e + combining acute
    expect(normaliseForSigning({ [nfd]: [nfd] })).toEqual({ '\u00e9': ['\u00e9'] });
    expect(payloadBytes({ name: `Jos${nfd}` })).toEqual(payloadBytes({ name: 'Jos\u00e9' }));
  });

  it('leaves out undefined properties and refuses what is not plain JSON data', () => {
    expect(normaliseForSigning({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(() => normaliseForSigning([undefined])).toThrow(/not plain JSON/);
    expect(() => normaliseForSigning({ at: new Date(0) })).toThrow(/not plain JSON/);
    expect(() => normaliseForSigning(new Map())).toThrow(/not plain JSON/);
  });

  it('recognises canonical payload bytes and refuses others', () => {
    expect(isCanonicalPayload(payloadBytes({ b: 1, a: '工会' }))).toBe(true);
    expect(isCanonicalPayload(utf8Encode('{"b":1,"a":"工会"}'))).toBe(false);
    expect(isCanonicalPayload(utf8Encode('{"a": 1}'))).toBe(false);
    expect(isCanonicalPayload(utf8Encode('{"a":1.5}'))).toBe(false);
    expect(isCanonicalPayload(utf8Encode('{"a":"e\u0301"}'))).toBe(false);
    expect(isCanonicalPayload(new Uint8Array([0xff]))).toBe(false);
  });
});
