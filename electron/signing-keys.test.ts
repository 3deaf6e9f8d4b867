import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_PAYLOAD_TYPE } from '../shared/report/payload';
import {
  makeRotationSubject,
  reportBytes,
  signingServiceContract,
  tickingClock,
} from '../test/fixtures/signing-service';
import { fakeSafeStorage } from '../test/fixtures/fake-safe-storage';
import { DesktopError } from './errors';
import { createSigningKeys, SIGNING_KEYS_FILE, type KeyEncryption } from './signing-keys';
import { makeTempDir, type TempDir } from './test-helpers';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

function setup(
  options: { platform?: string; safeStorage?: KeyEncryption; userData?: string } = {},
) {
  const safe = fakeSafeStorage();
  const safeStorage = options.safeStorage ?? safe.store;
  const userData = options.userData ?? path.join(temp.dir, 'UnionDesk');
  const keys = createSigningKeys({
    app: { getPath: () => userData },
    safeStorage,
    platform: options.platform ?? 'linux',
    now: tickingClock(),
  });
  return { keys, safe, file: path.join(userData, SIGNING_KEYS_FILE), userData };
}

async function refusal(promise: Promise<unknown>): Promise<DesktopError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DesktopError);
  return error as DesktopError;
}

describe('desktop signing keys: the shared behaviour', () => {
  signingServiceContract(() => setup().keys, 'safeStorage');
});

describe('desktop signing keys: the key file', () => {
  it('keeps private keys only encrypted, in an owner-only file', async () => {
    const { keys, safe, file } = setup();
    await keys.create('union');
    const text = await readFile(file, 'utf8');
    const stored = JSON.parse(text) as { version: number; keys: { encryptedPrivateKey: string }[] };
    expect(stored.version).toBe(1);
    const { result: pkcs8 } = await safe.store.decryptStringAsync(
      Buffer.from(stored.keys[0]!.encryptedPrivateKey, 'base64'),
    );
    expect(Buffer.from(pkcs8, 'base64')).toHaveLength(48);
    expect(text).not.toContain(pkcs8);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // Nothing of it reaches the renderer.
    expect(JSON.stringify(await keys.list())).not.toContain(stored.keys[0]!.encryptedPrivateKey);
  });

  it.skipIf(process.platform === 'win32')(
    'writes the key file owner-only under any umask, replacing a world-readable one',
    async () => {
      const { keys, file } = setup();
      const previous = process.umask(0);
      try {
        await keys.create('union');
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        await chmod(file, 0o644);
        await keys.create('federation');
        expect((await stat(file)).mode & 0o777).toBe(0o600);
      } finally {
        process.umask(previous);
      }
      // Only the key file: no temp file is left beside it.
      expect(await readdir(path.dirname(file))).toEqual([SIGNING_KEYS_FILE]);
    },
  );

  it('keeps its keys across restarts of the app', async () => {
    const first = setup();
    const key = await first.keys.create('union');
    const again = setup({ safeStorage: first.safe.store });
    expect(await again.keys.list()).toEqual([key]);
    await expect(
      again.keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()),
    ).resolves.toContain(key.fingerprint);
  });

  it("records Linux's plain-text keyring as weak protection, and asks no other OS", async () => {
    const basic = fakeSafeStorage({ backend: 'basic_text' });
    const linux = setup({ safeStorage: basic.store, platform: 'linux' });
    expect((await linux.keys.create('union')).protection).toBe('safeStorage-basic');

    const windows = setup({ safeStorage: basic.store, platform: 'win32', userData: temp.dir });
    expect((await windows.keys.create('union')).protection).toBe('safeStorage');
    expect(basic.store.getSelectedStorageBackend).toHaveBeenCalledTimes(1);
  });

  it('refuses to create a key when encryption is not available, writing nothing', async () => {
    const { keys, safe, file } = setup();
    safe.state.available = false;
    const error = await refusal(keys.create('union'));
    expect(error.message).toMatch(/无法安全保存签名密钥.*密钥环/);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(safe.store.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('refuses to sign while the keyring is locked', async () => {
    const { keys, safe } = setup();
    await keys.create('union');
    safe.state.available = false;
    const error = await refusal(keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()));
    expect(error.message).toMatch(/密钥保管服务现在不可用.*解锁/);
  });

  it('says a key from another computer cannot be used there', async () => {
    const { keys, userData } = setup();
    const key = await keys.create('union');
    const moved = setup({ safeStorage: fakeSafeStorage({ machine: 'PC-2' }).store, userData });
    const error = await refusal(
      moved.keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()),
    );
    expect(error.message).toContain('只能在创建它的电脑和系统账户上使用');
    expect(error.message).toContain(key.fingerprint.slice(0, 4).toUpperCase());
    await expect(moved.keys.rotate('union', makeRotationSubject())).rejects.toThrow(
      /只能在创建它的电脑/,
    );
    expect(await moved.keys.list()).toEqual([key]);
  });

  it('stores a key encrypted anew when the system says its key changed, and it still signs', async () => {
    const { keys, safe, file } = setup();
    const key = await keys.create('union');
    const ciphertext = async () =>
      (JSON.parse(await readFile(file, 'utf8')) as { keys: { encryptedPrivateKey: string }[] })
        .keys[0]!.encryptedPrivateKey;
    const before = await ciphertext();
    await keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes());
    expect(await ciphertext()).toBe(before);

    safe.state.generation = 2;
    await keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes());
    await expect.poll(ciphertext).not.toBe(before);
    const after = await ciphertext();
    expect(Buffer.from(after, 'base64').toString('latin1')).toMatch(/^enc:PC-1:2:/);
    const signed = await keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes());
    expect(signed).toContain(key.fingerprint);
    expect(await ciphertext()).toBe(after);
    expect(await keys.list()).toEqual([key]);
  });

  it('leaves the old keys when a rotation fails before its write', async () => {
    const { keys, safe, file } = setup();
    await keys.create('union');
    const before = await readFile(file);
    safe.store.encryptStringAsync.mockImplementationOnce(async () => {
      throw new Error('keyring went away');
    });
    await expect(keys.rotate('union', makeRotationSubject())).rejects.toBeInstanceOf(DesktopError);
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a private key that does not belong to its public key', async () => {
    const { keys, file } = setup();
    await keys.create('union');
    await keys.create('federation');
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      keys: { encryptedPrivateKey: string }[];
    };
    const [a, b] = stored.keys as [
      { encryptedPrivateKey: string },
      { encryptedPrivateKey: string },
    ];
    [a.encryptedPrivateKey, b.encryptedPrivateKey] = [b.encryptedPrivateKey, a.encryptedPrivateKey];
    await writeFile(file, JSON.stringify(stored));
    const error = await refusal(keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()));
    expect(error.message).toContain('已损坏或被改动');
  });

  describe('a key file that cannot be trusted is reported and never overwritten', () => {
    async function validFile(): Promise<{ text: string; file: string }> {
      const { keys, file } = setup();
      await keys.create('union');
      await keys.create('federation');
      return { text: await readFile(file, 'utf8'), file };
    }

    const edits: [string, (text: string) => string, RegExp][] = [
      ['an empty file', () => '', /已损坏/],
      ['a torn file', (text) => text.slice(0, text.length / 2), /已损坏/],
      [
        'an unknown field',
        (text) => text.replace('"version": 1', '"version": 1, "x": 0'),
        /已损坏/,
      ],
      [
        'a fingerprint that does not match its key',
        (text) =>
          text.replace(/("fingerprint": ")([0-9a-f])/, (_all, head: string, digit: string) =>
            head.concat(digit === '0' ? '1' : '0'),
          ),
        /已损坏/,
      ],
      [
        'two active union keys',
        (text) => text.replace('"role": "federation"', '"role": "union"'),
        /已损坏/,
      ],
      ['a newer version', (text) => text.replace('"version": 1', '"version": 2'), /较新版本/],
    ];

    it.each(edits)('%s', async (_name, edit, message) => {
      const { text, file } = await validFile();
      const edited = edit(text);
      expect(edited).not.toBe(text);
      await writeFile(file, edited);
      const { keys } = setup();
      for (const attempt of [
        () => keys.list(),
        () => keys.create('union'),
        () => keys.create('federation'),
        () => keys.rotate('union', makeRotationSubject()),
        () => keys.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()),
      ]) {
        const error = await refusal(attempt());
        expect(error.message).toMatch(message);
        expect(error.message).toContain(file);
      }
      expect(await readFile(file, 'utf8')).toBe(edited);
    });

    it('a key file that cannot be read', async () => {
      const { keys, file } = setup();
      await mkdir(file, { recursive: true });
      const error = await refusal(keys.create('union'));
      expect(error.code).toBe('io');
      expect(error.message).toContain('无法读取签名密钥文件（EISDIR）');
      expect((await stat(file)).isDirectory()).toBe(true);
    });
  });
});
