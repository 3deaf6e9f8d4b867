/**
 * Rows ↔ JSON for backups. IndexedDB holds structured-clone values that JSON cannot carry
 * (Blobs of attachments, bytes, dates); each becomes a tagged object, and a Blob's or a byte
 * array's content travels as a file of its own in the backup so attachments are not inflated by
 * base64. Anything else that JSON would silently mangle (a Map, a CryptoKey, NaN) is refused,
 * naming the table, rather than written into a backup that would not restore the same data.
 */

/** The tag key. A real row never has it; one that did is escaped, so decoding is exact. */
const TAG = '$ud';

export type BinaryValue = { kind: 'blob'; blob: Blob } | { kind: 'bytes'; bytes: Uint8Array };

export interface BinarySink {
  /** Registers a binary value and returns the backup path its content will be stored under. */
  add(value: BinaryValue): string;
}

export class UnsupportedValueError extends Error {
  constructor(
    readonly table: string,
    readonly valueType: string,
  ) {
    super(`table ${table}: cannot back up a value of type ${valueType}`);
    this.name = 'UnsupportedValueError';
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as object).constructor?.name ?? 'Object';
}

function encodeValue(value: unknown, table: string, sink: BinarySink): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new UnsupportedValueError(table, String(value));
      return value;
    case 'undefined':
      // JSON drops undefined object members; IndexedDB keeps them, but no code tells the two apart.
      return undefined;
    case 'object':
      break;
    default:
      throw new UnsupportedValueError(table, typeof value);
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, table, sink) ?? null);
  if (value instanceof Blob) {
    return { [TAG]: 'blob', ref: sink.add({ kind: 'blob', blob: value }), type: value.type };
  }
  if (value instanceof Uint8Array) {
    return { [TAG]: 'bytes', ref: sink.add({ kind: 'bytes', bytes: value }) };
  }
  if (value instanceof ArrayBuffer) {
    return { [TAG]: 'buffer', ref: sink.add({ kind: 'bytes', bytes: new Uint8Array(value) }) };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new UnsupportedValueError(table, 'Invalid Date');
    return { [TAG]: 'date', iso: value.toISOString() };
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new UnsupportedValueError(table, typeName(value));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const encoded = encodeValue(item, table, sink);
    if (encoded !== undefined) out[key] = encoded;
  }
  // Entries, not an object: the reviver works bottom-up and would read the inner tag as ours.
  return Object.prototype.hasOwnProperty.call(value, TAG)
    ? { [TAG]: 'object', entries: Object.entries(out) }
    : out;
}

/** Encodes one table's rows as the UTF-8 JSON text of an array. */
export function encodeRows(table: string, rows: readonly unknown[], sink: BinarySink): string {
  return JSON.stringify(rows.map((row) => encodeValue(row, table, sink)));
}

export interface BinarySource {
  /** The stored content for a path, or undefined when the backup does not hold it. */
  get(path: string): Uint8Array | undefined;
}

export class MalformedRowsError extends Error {
  constructor(
    readonly table: string,
    readonly detail: string,
  ) {
    super(`table ${table}: ${detail}`);
    this.name = 'MalformedRowsError';
  }
}

function copyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  // A fresh buffer per value: the unzipped entry may be a view into a larger shared buffer.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

/** Parses one table's JSON back into rows, restoring Blobs, bytes and dates. */
export function decodeRows(table: string, json: string, source: BinarySource): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json, function revive(this: unknown, _key: string, value: unknown) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const tagged = value as Record<string, unknown>;
      const tag = tagged[TAG];
      if (tag === undefined) return value;
      const binary = (): Uint8Array => {
        const ref = tagged['ref'];
        const bytes = typeof ref === 'string' ? source.get(ref) : undefined;
        if (!bytes) throw new MalformedRowsError(table, `missing binary ${String(ref)}`);
        return bytes;
      };
      switch (tag) {
        case 'blob':
          return new Blob([copyOf(binary())], {
            type: typeof tagged['type'] === 'string' ? tagged['type'] : '',
          });
        case 'bytes':
          return copyOf(binary());
        case 'buffer':
          return copyOf(binary()).buffer;
        case 'date': {
          const date = new Date(String(tagged['iso']));
          if (Number.isNaN(date.getTime())) throw new MalformedRowsError(table, 'bad date');
          return date;
        }
        case 'object': {
          const entries = tagged['entries'];
          const valid =
            Array.isArray(entries) &&
            entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string');
          if (!valid) throw new MalformedRowsError(table, 'bad escaped object');
          return Object.fromEntries(entries as [string, unknown][]);
        }
        default:
          throw new MalformedRowsError(table, `unknown tag ${String(tag)}`);
      }
    });
  } catch (error) {
    if (error instanceof MalformedRowsError) throw error;
    throw new MalformedRowsError(table, 'not JSON');
  }
  if (!Array.isArray(parsed)) throw new MalformedRowsError(table, 'not an array');
  return parsed;
}
