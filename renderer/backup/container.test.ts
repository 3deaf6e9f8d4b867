import { unzipSync, Zip, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../shared/i18n';
import { seeded } from '../../test/fixtures/random';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  DEFAULT_KDF_ITERATIONS,
  isEncryptedBackup,
  MANIFEST_HASH_PATH,
  MANIFEST_PATH,
  packBackup,
  unpackBackup,
  type BackupErrorCode,
  type PackInput,
  type UnpackedBackup,
} from './container';

// Real bytes throughout: real zips from fflate, real WebCrypto, no mocks. Deep equality on
// megabyte arrays is slow in vitest, so bytes are compared with Buffer.compare.

const encoder = new TextEncoder();
const FAST = { kdfIterations: 1000 };
const CREATED_AT = '2026-11-23T13:30:05.000Z';
const CONTENT = { kind: 'uniondesk-data', schemaVersion: 3, union: { name: '某某公司工会' } };

function randomBytes(length: number, seed: number): Uint8Array {
  const next = seeded(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = (next() * 256) | 0;
  return out;
}

async function sha256(data: Uint8Array): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(data))).toString('hex');
}

function expectSameBytes(actual: Uint8Array | undefined, expected: Uint8Array, label: string) {
  expect(actual, label).toBeInstanceOf(Uint8Array);
  expect(actual!.length, label).toBe(expected.length);
  expect(Buffer.compare(actual!, expected), label).toBe(0);
}

const MEMBERS_JSON = encoder.encode(
  JSON.stringify(
    Array.from({ length: 400 }, (_, i) => ({
      id: `m${i}`,
      name: `张${i}`,
      unit: '生产一车间',
      note: '会员代表，参加“双争”活动；备注含引号"与反斜杠\\',
    })),
  ),
);
const PHOTO = randomBytes(5 * 1024 * 1024, 7);
const SAMPLE_FILES: PackInput[] = [
  { path: 'tables/members.json', data: MEMBERS_JSON, compress: true },
  { path: 'tables/empty.json', data: new Uint8Array(0), compress: true },
  { path: 'blobs/照片 001.jpg', data: PHOTO, compress: false },
];

function sample(files: PackInput[] = SAMPLE_FILES) {
  return { createdAt: CREATED_AT, content: CONTENT, files };
}

async function expectRoundTrip(result: UnpackedBackup, files: PackInput[]) {
  expect(result.manifest.format).toBe(BACKUP_FORMAT);
  expect(result.manifest.formatVersion).toBe(BACKUP_FORMAT_VERSION);
  expect(result.manifest.createdAt).toBe(CREATED_AT);
  expect(result.manifest.content).toEqual(CONTENT);
  const expected = [];
  for (const f of files) {
    expected.push({ path: f.path, sha256: await sha256(f.data), bytes: f.data.length });
  }
  expect(result.manifest.files).toEqual(expected);
  expect([...result.files.keys()]).toEqual(files.map((f) => f.path));
  for (const file of files) expectSameBytes(result.files.get(file.path), file.data, file.path);
}

// --- refusals -----------------------------------------------------------------------------

const ERROR_TEXTS = Object.entries(zhCN).filter(([key]) => key.startsWith('backup.error.'));

/** The catalogue key whose text (parameters filled with anything) is exactly this message. */
function catalogueKey(message: string): string | undefined {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return ERROR_TEXTS.find(([, text]) =>
    new RegExp(`^${escape(text).replace(/\\?\{\w+\\?\}/g, '.+')}$`, 's').test(message),
  )?.[0];
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a refusal, got success').toBeInstanceOf(BackupError);
  return error as BackupError;
}

/** Asserts the code and that the message is Chinese text from the catalogue (that key if given). */
async function expectRefusal(
  promise: Promise<unknown>,
  code: BackupErrorCode,
  key?: string,
): Promise<string> {
  const error = await refusal(promise);
  expect(error.code, error.message).toBe(code);
  expect(error.message).toMatch(/\p{Script=Han}/u);
  const found = catalogueKey(error.message);
  expect(found, `not from the catalogue: ${error.message}`).toBeDefined();
  if (key) expect(found).toBe(key);
  return error.message;
}

// --- zips by hand ---------------------------------------------------------------------------

interface LayoutEntry {
  name: string;
  /** Offset of the local header, of the entry's data, and of its central-directory record. */
  local: number;
  data: number;
  record: number;
  compressedSize: number;
}

/** Where things are in a zip written by fflate (no comments, no ZIP64). */
function layout(zip: Uint8Array): { entries: LayoutEntry[]; directory: number; end: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  const entries: LayoutEntry[] = [];
  let at = directory;
  for (let i = 0; i < count; i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      local,
      data: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
      record: at,
      compressedSize: view.getUint32(at + 20, true),
    });
    at = next;
  }
  return { entries, directory, end };
}

function entry(zip: Uint8Array, name: string): LayoutEntry {
  const found = layout(zip).entries.find((e) => e.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

/** A zip with exactly these entries in this order, duplicates included (fflate's streaming Zip). */
function zipOf(entries: [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

/** The entries of a plain backup, in order. */
function entriesOf(zip: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(zip));
}

/** Replaces manifest.json (and, unless told otherwise, its hash) in a list of entries. */
async function withManifest(
  entries: [string, Uint8Array][],
  change: (manifest: Record<string, unknown>) => void,
  options: { keepOldHash?: boolean } = {},
): Promise<[string, Uint8Array][]> {
  const manifest = JSON.parse(
    new TextDecoder().decode(entries.find(([n]) => n === MANIFEST_PATH)![1]),
  ) as Record<string, unknown>;
  change(manifest);
  const bytes = encoder.encode(JSON.stringify(manifest));
  const hash = encoder.encode(await sha256(bytes));
  return entries.map(([name, data]): [string, Uint8Array] => {
    if (name === MANIFEST_PATH) return [name, bytes];
    if (name === MANIFEST_HASH_PATH && !options.keepOldHash) return [name, hash];
    return [name, data];
  });
}

function flip(bytes: Uint8Array, at: number, mask = 0xff): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= mask;
  return copy;
}

const small = (): PackInput[] => [
  {
    path: 'tables/members.json',
    data: encoder.encode('[{"name":"张三","unit":"办公室"}]'),
    compress: true,
  },
  { path: 'blobs/000001', data: randomBytes(40, 3), compress: false },
];

// ---------------------------------------------------------------------------------------------

describe('packBackup → unpackBackup', () => {
  it('round-trips Chinese text, an empty file and 5 MB of random bytes exactly', async () => {
    const packed = await packBackup(sample());
    expect(isEncryptedBackup(packed)).toBe(false);
    const result = await unpackBackup(packed);
    expect(result.encrypted).toBe(false);
    await expectRoundTrip(result, SAMPLE_FILES);
  });

  it('writes a standard zip: manifest, its hash, then the files, stored or deflated as asked', async () => {
    const packed = await packBackup(sample());
    const { entries } = layout(packed);
    expect(entries.map((e) => e.name)).toEqual([
      MANIFEST_PATH,
      MANIFEST_HASH_PATH,
      ...SAMPLE_FILES.map((f) => f.path),
    ]);
    const methods: Record<string, number> = {};
    const all = unzipSync(packed, {
      filter: (info) => {
        methods[info.name] = info.compression;
        return true;
      },
    });
    expect(methods).toEqual({
      [MANIFEST_PATH]: 8,
      [MANIFEST_HASH_PATH]: 0,
      'tables/members.json': 8,
      'tables/empty.json': 8,
      'blobs/照片 001.jpg': 0,
    });
    const manifestBytes = all[MANIFEST_PATH]!;
    expect(new TextDecoder().decode(all[MANIFEST_HASH_PATH])).toBe(await sha256(manifestBytes));
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'uniondesk-backup',
      formatVersion: 1,
      createdAt: CREATED_AT,
    });
    // Deflating the JSON actually shrinks it; the stored photo is there byte for byte.
    expect(entry(packed, 'tables/members.json').compressedSize).toBeLessThan(
      MEMBERS_JSON.length / 4,
    );
    const photo = entry(packed, 'blobs/照片 001.jpg');
    expectSameBytes(packed.subarray(photo.data, photo.data + PHOTO.length), PHOTO, 'stored photo');
  });

  it('lists each file with its lowercase hex SHA-256 (FIPS 180-2 "abc" vector) and size', async () => {
    const files = [{ path: 'abc.txt', data: encoder.encode('abc'), compress: true }];
    const { manifest } = await unpackBackup(await packBackup(sample(files)));
    expect(manifest.files).toEqual([
      {
        path: 'abc.txt',
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        bytes: 3,
      },
    ]);
  });

  it('keeps the files in the order given, numeric names included', async () => {
    const files = ['b', '2024', '10', 'a/1'].map((path) => ({
      path,
      data: encoder.encode(path),
      compress: true,
    }));
    const packed = await packBackup(sample(files));
    expect(layout(packed).entries.map((e) => e.name)).toEqual([
      MANIFEST_PATH,
      MANIFEST_HASH_PATH,
      'b',
      '2024',
      '10',
      'a/1',
    ]);
    await expectRoundTrip(await unpackBackup(packed), files);
  });

  it('writes the same bytes for the same input when not encrypted', async () => {
    const a = await packBackup(sample(small()));
    const b = await packBackup(sample(small()));
    expectSameBytes(a, b, 'second pack');
  });

  it('reports progress in bytes of the files, ending at the total', async () => {
    const calls: [number, number][] = [];
    await packBackup(sample(), { onProgress: (done, total) => calls.push([done, total]) });
    const total = SAMPLE_FILES.reduce((sum, f) => sum + f.data.length, 0);
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.length).toBeGreaterThan(4);
    for (let i = 1; i < calls.length; i += 1) {
      expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
      expect(calls[i]![1]).toBe(total);
    }
  });

  it('round-trips a backup without any files', async () => {
    const result = await unpackBackup(await packBackup(sample([])));
    expect(result.files.size).toBe(0);
    expect(result.manifest.files).toEqual([]);
  });

  it('treats an empty password as none, and ignores a password given for a plain file', async () => {
    const packed = await packBackup(sample(small()), { password: '', ...FAST });
    expect(isEncryptedBackup(packed)).toBe(false);
    const result = await unpackBackup(packed, { password: 'whatever' });
    expect(result.encrypted).toBe(false);
    await expectRoundTrip(result, small());
  });
});

describe('encryption', () => {
  it('round-trips with the default 600 000 PBKDF2 iterations', async () => {
    expect(DEFAULT_KDF_ITERATIONS).toBe(600_000);
    const packed = await packBackup(sample(small()), { password: '工会 备份 2026!' });
    expect(isEncryptedBackup(packed)).toBe(true);
    const headerLength = new DataView(packed.buffer, packed.byteOffset).getUint32(8, false);
    const header = JSON.parse(
      new TextDecoder().decode(packed.subarray(12, 12 + headerLength)),
    ) as Record<string, unknown>;
    expect(header).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(Buffer.from(header['salt'] as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(header['iv'] as string, 'base64')).toHaveLength(12);
    expect(Buffer.from(header['check'] as string, 'base64')).toHaveLength(32);
    expect(header['ciphertextBytes']).toBe(packed.length - 12 - headerLength);
    // Nothing of the zip shows through.
    expect(Buffer.from(packed).includes('manifest.json')).toBe(false);
    const result = await unpackBackup(packed, { password: '工会 备份 2026!' });
    expect(result.encrypted).toBe(true);
    await expectRoundTrip(result, small());
  });

  it('round-trips Chinese text and 5 MB of random bytes exactly', async () => {
    const packed = await packBackup(sample(), { password: 'correct horse', ...FAST });
    await expectRoundTrip(await unpackBackup(packed, { password: 'correct horse' }), SAMPLE_FILES);
  });

  it('uses a fresh salt and IV every time', async () => {
    const a = await packBackup(sample(small()), { password: 'pw', ...FAST });
    const b = await packBackup(sample(small()), { password: 'pw', ...FAST });
    expect(Buffer.compare(a, b)).not.toBe(0);
  });

  it('accepts the same characters however the input method composed them (NFC)', async () => {
    // U+F900 is a CJK compatibility ideograph; NFC turns it into U+8C48.
    const packed = await packBackup(sample(small()), { password: '\uF900工会é', ...FAST });
    const result = await unpackBackup(packed, { password: '\u8C48工会e\u0301' });
    await expectRoundTrip(result, small());
  });

  it('tells a wrong password from a missing one', async () => {
    const packed = await packBackup(sample(small()), { password: 'correct horse', ...FAST });
    await expectRefusal(
      unpackBackup(packed, { password: 'Correct horse' }),
      'wrong-password',
      'backup.error.wrongPassword',
    );
    await expectRefusal(unpackBackup(packed), 'password-required', 'backup.error.passwordRequired');
    await expectRefusal(
      unpackBackup(packed, { password: '' }),
      'password-required',
      'backup.error.passwordRequired',
    );
  });

  it('tells a wrong password apart at the default iteration count too', async () => {
    const packed = await packBackup(sample(small()), { password: '正确的密码' });
    await expectRefusal(unpackBackup(packed, { password: '错误的密码' }), 'wrong-password');
  });

  it('refuses iteration counts outside what a reader accepts, before writing anything', async () => {
    for (const kdfIterations of [999, 10_000_001, 1.5]) {
      await expect(packBackup(sample(small()), { password: 'pw', kdfIterations })).rejects.toThrow(
        RangeError,
      );
    }
  });

  it('refuses a header whose iteration count is out of range as damaged', async () => {
    const packed = await packBackup(sample(small()), { password: 'pw', ...FAST });
    const text = new TextDecoder().decode(packed.subarray(0, 400));
    // Same length, so the rest of the file stays in place: 1000 → 0999 is not a number JSON
    // accepts; 1000 → 9999 is, but the header hash no longer matches; both are refused.
    for (const replacement of ['"iterations":0999', '"iterations":9999']) {
      const at = text.indexOf('"iterations":1000');
      const changed = packed.slice();
      changed.set(encoder.encode(replacement), at);
      await expectRefusal(
        unpackBackup(changed, { password: 'pw' }),
        'corrupt',
        'backup.error.corruptEncryptionHeader',
      );
    }
  });
});

describe('refusals', () => {
  it('refuses an empty file', async () => {
    await expectRefusal(unpackBackup(new Uint8Array(0)), 'empty', 'backup.error.empty');
  });

  it('refuses random bytes and a text file as not a backup', async () => {
    for (const bytes of [randomBytes(4096, 11), encoder.encode('会员名单\n张三,办公室\n')]) {
      await expectRefusal(unpackBackup(bytes), 'not-backup', 'backup.error.notBackup');
    }
  });

  it('refuses zips that are not ours: a random zip, an .xlsx-like one, an empty one, another manifest.json', async () => {
    const zips = [
      zipSync({ 'readme.txt': encoder.encode('随便什么压缩包') }),
      zipSync({
        '[Content_Types].xml': encoder.encode('<Types/>'),
        'xl/workbook.xml': encoder.encode('<workbook/>'),
        'xl/worksheets/sheet1.xml': encoder.encode('<worksheet/>'),
      }),
      zipSync({}),
      zipSync({ 'manifest.json': encoder.encode('{"name":"some extension","version":"1.0"}') }),
      zipOf([
        [MANIFEST_PATH, encoder.encode('{"format":"other"}')],
        [MANIFEST_HASH_PATH, encoder.encode(await sha256(encoder.encode('{"format":"other"}')))],
      ]),
    ];
    for (const zip of zips) {
      await expectRefusal(unpackBackup(zip), 'not-backup', 'backup.error.notBackup');
    }
  });

  it('refuses a plain backup cut off anywhere', async () => {
    const packed = await packBackup(sample());
    const { directory, end } = layout(packed);
    const cuts = [
      1,
      3,
      4,
      29,
      100,
      5000,
      packed.length >> 1,
      directory,
      directory + 10,
      end,
      end + 21,
    ];
    for (const cut of cuts) {
      await expectRefusal(
        unpackBackup(packed.subarray(0, cut)),
        'truncated',
        'backup.error.truncated',
      );
    }
  });

  it('refuses an encrypted backup cut off anywhere', async () => {
    const packed = await packBackup(sample(), { password: 'pw', ...FAST });
    const headerEnd = 12 + new DataView(packed.buffer, packed.byteOffset).getUint32(8, false);
    const cuts = [
      1,
      7,
      8,
      11,
      12,
      50,
      headerEnd - 1,
      headerEnd,
      headerEnd + 20,
      packed.length >> 1,
      packed.length - 1,
    ];
    for (const cut of cuts) {
      await expectRefusal(
        unpackBackup(packed.subarray(0, cut), { password: 'pw' }),
        'truncated',
        'backup.error.truncated',
      );
    }
  });

  it('refuses a plain backup with a flipped byte, naming what is damaged', async () => {
    const packed = await packBackup(sample());
    const manifest = entry(packed, MANIFEST_PATH);
    const hash = entry(packed, MANIFEST_HASH_PATH);
    const members = entry(packed, 'tables/members.json');
    const photo = entry(packed, 'blobs/照片 001.jpg');
    const { end } = layout(packed);
    const cases: [string, number, BackupErrorCode[], string?][] = [
      ['manifest data', manifest.data + 5, ['corrupt'], MANIFEST_PATH],
      ['manifest hash', hash.data + 3, ['corrupt'], MANIFEST_PATH],
      ['deflated table', members.data + 200, ['corrupt'], 'tables/members.json'],
      ['stored photo, start', photo.data, ['corrupt'], '照片'],
      ['stored photo, middle', photo.data + 2_000_000, ['corrupt'], '照片'],
      ['directory: name of the photo', photo.record + 46 + 2, ['corrupt'], 'blobs/'],
      ['directory: name of the manifest', manifest.record + 46, ['corrupt']],
      ['directory: uncompressed size', members.record + 24, ['corrupt'], 'tables/members.json'],
      ['directory: compressed size', photo.record + 20, ['corrupt'], '照片'],
      ['directory: local header offset', photo.record + 42, ['corrupt'], '照片'],
      ['directory: compression method', members.record + 10, ['corrupt'], 'tables/members.json'],
      ['end record: directory offset', end + 16, ['truncated', 'corrupt']],
      ['end record: signature', end + 1, ['truncated']],
    ];
    for (const [label, at, codes, named] of cases) {
      const error = await refusal(unpackBackup(flip(packed, at)));
      expect(codes, `${label}: ${error.code} ${error.message}`).toContain(error.code);
      expect(catalogueKey(error.message), label).toBeDefined();
      if (named) expect(error.message, label).toContain(named);
    }
  });

  it('never returns changed data whatever single byte of a plain backup is flipped', async () => {
    const files = small();
    const packed = await packBackup(sample(files));
    // Bytes whose change must always be refused: the stored entries' data and sizes, and in the
    // central directory each name, method, original size and offset. Other bytes (timestamps,
    // CRC copies, version and attribute fields, data descriptors, the local copies of names)
    // are read by nothing; changing one may be accepted, but the data is still verified by
    // SHA-256 and must come back exactly. So may a deflated entry's compressed size grown
    // beyond its stream, or the padding bits at the stream's end.
    const mustFail = new Set<number>();
    const range = (from: number, length: number) => {
      for (let i = from; i < from + length; i += 1) mustFail.add(i);
    };
    for (const e of layout(packed).entries) {
      if (e.name === MANIFEST_HASH_PATH || e.name === 'blobs/000001') {
        range(e.data, e.compressedSize);
        range(e.record + 20, 4);
      }
      range(e.record + 10, 2);
      range(e.record + 24, 4);
      range(e.record + 42, 4 + e.name.length);
    }
    let accepted = 0;
    for (let at = 0; at < packed.length; at += 1) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const outcome = await unpackBackup(flip(packed, at, mask)).then(
          (result) => result,
          (e: unknown) => e,
        );
        if (outcome instanceof BackupError) {
          expect(['corrupt', 'truncated', 'not-backup'], outcome.message).toContain(outcome.code);
          expect(catalogueKey(outcome.message), outcome.message).toBeDefined();
          continue;
        }
        accepted += 1;
        expect(mustFail.has(at), `flip ${mask} at ${at} accepted`).toBe(false);
        await expectRoundTrip(outcome as UnpackedBackup, files);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses an encrypted backup with any single byte flipped, never as a wrong password', async () => {
    const packed = await packBackup(sample(small()), { password: 'pw', ...FAST });
    const headerEnd = 12 + new DataView(packed.buffer, packed.byteOffset).getUint32(8, false);
    for (let at = 0; at < packed.length; at += 1) {
      // GCM refuses any change to the ciphertext alike; one kind of flip there is enough.
      for (const mask of at < headerEnd ? [0x01, 0x20, 0xff] : [0x01]) {
        const error = await refusal(unpackBackup(flip(packed, at, mask), { password: 'pw' }));
        expect(['corrupt', 'truncated', 'not-backup', 'newer-format'], `at ${at}`).toContain(
          error.code,
        );
        expect(catalogueKey(error.message)).toBeDefined();
      }
    }
  });

  it('names the damage in an encrypted backup: header or ciphertext', async () => {
    const packed = await packBackup(sample(), { password: 'pw', ...FAST });
    const headerEnd = 12 + new DataView(packed.buffer, packed.byteOffset).getUint32(8, false);
    const text = new TextDecoder().decode(packed.subarray(0, headerEnd));
    const cases: [string, number, string][] = [
      ['header length', 9, 'backup.error.corruptEncryptionHeader'],
      ['salt', text.indexOf('"salt":"') + 10, 'backup.error.corruptEncryptionHeader'],
      ['check', text.indexOf('"check":"') + 12, 'backup.error.corruptEncryptionHeader'],
      ['ciphertext start', headerEnd, 'backup.error.corruptCiphertext'],
      ['ciphertext middle', headerEnd + 3_000_000, 'backup.error.corruptCiphertext'],
      ['tag', packed.length - 1, 'backup.error.corruptCiphertext'],
    ];
    for (const [label, at, key] of cases) {
      const error = await refusal(unpackBackup(flip(packed, at, 0x01), { password: 'pw' }));
      expect(error.code, label).toBe('corrupt');
      expect(catalogueKey(error.message), label).toBe(key);
    }
    await expectRefusal(
      unpackBackup(flip(packed, 0, 0x01), { password: 'pw' }),
      'not-backup',
      'backup.error.notBackup',
    );
  });

  it('refuses a manifest from a newer format version, and a newer envelope', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const newer = await withManifest(entries, (m) => {
      m['formatVersion'] = 99;
    });
    const message = await expectRefusal(
      unpackBackup(zipOf(newer)),
      'newer-format',
      'backup.error.newerFormat',
    );
    expect(message).toContain('99');
    // A later version may lay the file out differently; the manifest alone decides.
    await expectRefusal(
      unpackBackup(zipOf(newer.filter(([name]) => name === MANIFEST_PATH))),
      'newer-format',
    );
    const envelope = await packBackup(sample(small()), { password: 'pw', ...FAST });
    envelope[7] = 0x32; // "UDBKENC2"
    await expectRefusal(unpackBackup(envelope, { password: 'pw' }), 'newer-format');
  });

  it('refuses an entry the manifest does not list, naming it', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const message = await expectRefusal(
      unpackBackup(zipOf([...entries, ['tables/extra.json', encoder.encode('[]')]])),
      'corrupt',
      'backup.error.corruptUnlisted',
    );
    expect(message).toContain('tables/extra.json');
  });

  it('refuses a listed entry that is missing, naming it', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const message = await expectRefusal(
      unpackBackup(zipOf(entries.filter(([name]) => name !== 'blobs/000001'))),
      'corrupt',
      'backup.error.corruptMissing',
    );
    expect(message).toContain('blobs/000001');
  });

  it('refuses an entry whose bytes differ from its checksum, or whose size differs', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const sameLength = entries.map(([name, data]): [string, Uint8Array] =>
      name === 'blobs/000001' ? [name, randomBytes(40, 99)] : [name, data],
    );
    expect(
      await expectRefusal(
        unpackBackup(zipOf(sameLength)),
        'corrupt',
        'backup.error.corruptChecksum',
      ),
    ).toContain('blobs/000001');
    const longer = entries.map(([name, data]): [string, Uint8Array] =>
      name === 'blobs/000001' ? [name, randomBytes(41, 3)] : [name, data],
    );
    expect(
      await expectRefusal(unpackBackup(zipOf(longer)), 'corrupt', 'backup.error.corruptSize'),
    ).toContain('blobs/000001');
  });

  it('refuses a manifest changed without its hash, or unreadable with its hash', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const edited = await withManifest(
      entries,
      (m) => (m['createdAt'] = '2020-01-01T00:00:00.000Z'),
      {
        keepOldHash: true,
      },
    );
    await expectRefusal(unpackBackup(zipOf(edited)), 'corrupt', 'backup.error.corruptManifest');
    const broken = encoder.encode('{"format":"uniondesk-backup","formatVersion":1,');
    const brokenHash = encoder.encode(await sha256(broken));
    const unreadable = entries.map(([name, data]): [string, Uint8Array] => {
      if (name === MANIFEST_PATH) return [name, broken];
      if (name === MANIFEST_HASH_PATH) return [name, brokenHash];
      return [name, data];
    });
    await expectRefusal(unpackBackup(zipOf(unreadable)), 'corrupt', 'backup.error.corruptManifest');
    for (const change of [
      (m: Record<string, unknown>) => (m['files'] = 'none'),
      (m: Record<string, unknown>) => (m['content'] = null),
      (m: Record<string, unknown>) => (m['formatVersion'] = '1'),
      (m: Record<string, unknown>) => (m['createdAt'] = 'yesterday'),
      (m: Record<string, unknown>) => ((m['files'] as { sha256: string }[])[0]!.sha256 = 'ABC'),
    ]) {
      await expectRefusal(unpackBackup(zipOf(await withManifest(entries, change))), 'corrupt');
    }
  });

  it('refuses a zip holding one name twice, naming it', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    const members = entries.find(([name]) => name === 'tables/members.json')!;
    const message = await expectRefusal(
      unpackBackup(zipOf([...entries, members])),
      'corrupt',
      'backup.error.corruptDuplicate',
    );
    expect(message).toContain('tables/members.json');
  });

  it('refuses paths that escape or are malformed inside a backup', async () => {
    const entries = entriesOf(await packBackup(sample(small())));
    for (const bad of ['../evil.json', '/etc/passwd', 'a\\b.json', 'a//b', 'tables/./x']) {
      const data = encoder.encode('[]');
      const dataHash = await sha256(data);
      const withBad = await withManifest([...entries, [bad, data]], (m) => {
        (m['files'] as unknown[]).push({ path: bad, sha256: dataHash, bytes: data.length });
      });
      const message = await expectRefusal(
        unpackBackup(zipOf(withBad)),
        'corrupt',
        'backup.error.corruptPath',
      );
      expect(message, bad).toContain(bad);
    }
  });

  it('refuses more than maxTotalBytes, judged by the declared sizes', async () => {
    const packed = await packBackup(sample());
    const message = await expectRefusal(
      unpackBackup(packed, { maxTotalBytes: 1024 * 1024 }),
      'too-large',
      'backup.error.tooLarge',
    );
    expect(message).toContain('1.0 MB');
    await expect(unpackBackup(packed, { maxTotalBytes: 6 * 1024 * 1024 })).resolves.toBeDefined();
  });

  it('refuses a zip bomb before inflating it', async () => {
    // 24 MiB of zeros deflate to about 24 KiB: an honest size, just too big for the limit.
    const zeros = new Uint8Array(24 * 1024 * 1024);
    const bomb = await packBackup(
      sample([{ path: 'tables/zeros.json', data: zeros, compress: true }]),
    );
    expect(bomb.length).toBeLessThan(100_000);
    const limit = { maxTotalBytes: 8 * 1024 * 1024 };
    expect(
      await expectRefusal(unpackBackup(bomb, limit), 'too-large', 'backup.error.tooLarge'),
    ).toContain('24 MB');

    // Garbage in place of the deflated zeros: inflating it fails as "corrupt". Under the limit
    // the refusal is "too-large" instead, so the size was checked before inflating.
    const zerosEntry = entry(bomb, 'tables/zeros.json');
    const garbage = bomb.slice();
    garbage.fill(0xff, zerosEntry.data, zerosEntry.data + zerosEntry.compressedSize);
    await expectRefusal(unpackBackup(garbage), 'corrupt', 'backup.error.corruptInflate');
    await expectRefusal(unpackBackup(garbage, limit), 'too-large', 'backup.error.tooLarge');
  });

  it('treats a directory size that disagrees with the manifest, or that deflate cannot produce, as damage', async () => {
    const packed = await packBackup(sample(small()));
    const members = entry(packed, 'tables/members.json');
    // 4 GiB claimed for a few dozen bytes: never inflated (no 4 GiB buffer), refused as damaged.
    const claimed = packed.slice();
    new DataView(claimed.buffer).setUint32(members.record + 24, 0xfffffff0, true);
    expect(
      await expectRefusal(unpackBackup(claimed), 'corrupt', 'backup.error.corruptSize'),
    ).toContain('tables/members.json');
    const manifest = entry(packed, MANIFEST_PATH);
    const manifestClaim = packed.slice();
    new DataView(manifestClaim.buffer).setUint32(manifest.record + 24, 0x7ffffff0, true);
    await expectRefusal(unpackBackup(manifestClaim), 'corrupt', 'backup.error.corruptManifest');
  });
});

describe('paths when packing', () => {
  const pack = (path: string) =>
    packBackup(sample([{ path, data: encoder.encode('x'), compress: true }]));

  it.each([
    '',
    '/abs.json',
    'a\\b.json',
    '../x.json',
    'tables/../../x.json',
    'a//b',
    'tables/',
    './a',
    'a/./b',
    'manifest.json',
    'manifest.sha256',
    '__proto__',
    'a\u0000b',
    'a\nb',
    'bad\uD800surrogate',
    'x'.repeat(1025),
  ])('refuses %j as a programming error', async (path) => {
    const error = await pack(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(BackupError);
  });

  it('refuses the same path twice', async () => {
    const file = { path: 'tables/a.json', data: encoder.encode('[]'), compress: true };
    await expect(packBackup(sample([file, { ...file }]))).rejects.toThrow(/twice/);
  });

  it('accepts nested, Chinese and dotted names', async () => {
    const files = ['tables/members.json', 'blobs/照片 1.jpg', 'a/b/c/.hidden', 'v1.2/x..y'].map(
      (path) => ({ path, data: encoder.encode(path), compress: false }),
    );
    await expectRoundTrip(await unpackBackup(await packBackup(sample(files))), files);
  });

  it('refuses a createdAt that is not a UTC ISO timestamp', async () => {
    for (const createdAt of ['2026-11-23', '2026-11-23T13:30:05+08:00', 'soon']) {
      await expect(packBackup({ ...sample(small()), createdAt })).rejects.toThrow(RangeError);
    }
  });
});
