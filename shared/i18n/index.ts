import { zhCN } from './zh-CN';

export type SourceCatalog = typeof zhCN;
export type MessageKey = keyof SourceCatalog;
/** A translation: every key of the source catalogue, any text. */
export type Catalog = { readonly [K in MessageKey]: string };

/** Names of the `{param}` placeholders in a message text. */
type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;
export type MessageParams<K extends MessageKey> = Record<
  ParamNames<SourceCatalog[K]>,
  string | number
>;
/** Keys whose text has no parameters: safe to hold in data (labels, titles) and pass to `t`. */
export type PlainMessageKey = {
  [K in MessageKey]: ParamNames<SourceCatalog[K]> extends never ? K : never;
}[MessageKey];
type ParamArgs<K extends MessageKey> =
  ParamNames<SourceCatalog[K]> extends never ? [] : [params: MessageParams<K>];

/**
 * A message that is not yet text: what validation returns, so that the UI can translate it and
 * tests can compare keys instead of wording. Build it with `msg`, which checks the parameters
 * against the catalogue. It is one object type rather than a union over every key: with a
 * thousand keys such a union makes the compiler give up ("union type too complex").
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

let active: Catalog = zhCN;

/** Switches the catalogue (an English one may exist later); returns the previous one. */
export function setCatalog(catalog: Catalog): Catalog {
  const previous = active;
  active = catalog;
  return previous;
}

function fill(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The text of a message key in the active catalogue, with its parameters filled in. */
export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  return fill(active[key], args[0] as Record<string, string | number> | undefined);
}

/** The text of a `Message` value. */
export function render(message: Message): string {
  return fill(active[message.key], message.params);
}

/** Builds a `Message` with its parameters checked against the catalogue. */
export function msg<K extends MessageKey>(key: K, ...args: ParamArgs<K>): Message {
  return args.length ? { key, params: args[0] as Record<string, string | number> } : { key };
}

export { zhCN };
