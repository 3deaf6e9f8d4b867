import { deflateSync } from 'node:zlib';

/** A real PNG, made here so the tests need no binary fixture. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A 480×320 RGB photo stand-in: a sky-to-field gradient with a red sun, easy to recognise. */
export function makePng(width = 480, height = 320): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const sun = (x - 340) ** 2 + (y - 90) ** 2 < 45 ** 2;
      const field = y > height * 0.62;
      const i = row + 1 + x * 3;
      raw[i] = sun ? 230 : field ? 60 : 120 + Math.round((y / height) * 80);
      raw[i + 1] = sun ? 40 : field ? 150 + Math.round((x / width) * 60) : 170;
      raw[i + 2] = sun ? 40 : field ? 60 : 235;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A photo as playwright's setInputFiles takes it. */
export const PHOTO = { name: '活动照片.png', mimeType: 'image/png', buffer: makePng() };
