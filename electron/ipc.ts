import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { core } from 'zod';
import { zhCN as zodChinese } from 'zod/locales';
import {
  bridgeMethods,
  type Channel,
  type ChannelMap,
  type IpcError,
  type IpcResult,
} from '../shared/bridge/contract';
import { argSchemas } from '../shared/bridge/schemas';
import { t, type MessageKey } from '../shared/i18n';
import { DesktopError, errnoCode } from './errors';

/** One implementation per channel, typed by the contract's channel map. */
export type ChannelHandlers = {
  [K in Channel]: (
    event: IpcMainInvokeEvent,
    ...args: ChannelMap[K]['args']
  ) => Promise<ChannelMap[K]['result']>;
};

export const CHANNELS: readonly Channel[] = Object.values(bridgeMethods);

// zod's own messages in Chinese, for the issues the schemas do not word themselves.
const chineseIssues: core.$ZodErrorMap = zodChinese().localeError;

type FieldLabelKey = Extract<MessageKey, `ipc.field.${string}`>;
/** The request fields' names in messages, for every field of every channel (a test checks). */
export const FIELD_LABELS: Readonly<Record<string, FieldLabelKey>> = {
  suggestedName: 'ipc.field.suggestedName',
  filters: 'ipc.field.filters',
  data: 'ipc.field.data',
  title: 'ipc.field.title',
  multiple: 'ipc.field.multiple',
  maxBytes: 'ipc.field.maxBytes',
  landscape: 'ipc.field.landscape',
  reason: 'ipc.field.reason',
  unionName: 'ipc.field.unionName',
  fileName: 'ipc.field.fileName',
  grant: 'ipc.field.grant',
  from: 'ipc.field.from',
  count: 'ipc.field.count',
  role: 'ipc.field.role',
  payloadType: 'ipc.field.payloadType',
  payload: 'ipc.field.payload',
  subject: 'ipc.field.subject',
  fingerprint: 'ipc.field.fingerprint',
};

function describeIssue(issue: core.$ZodIssue): string {
  // The path starts with the argument index; the first named key says which field it was.
  const keys = issue.path.slice(1);
  const first = keys.find((key): key is string => typeof key === 'string');
  const labelKey: FieldLabelKey =
    (first !== undefined && FIELD_LABELS[first]) || 'ipc.field.request';
  const where = keys.length
    ? keys
        .map((key, i) =>
          typeof key === 'number' ? `[${key}]` : i ? `.${String(key)}` : String(key),
        )
        .join('')
    : '';
  return `${t(labelKey)}${where ? `（${where}）` : ''}：${issue.message}`;
}

/** A short Chinese account of what was wrong, naming the fields; never echoes the values. */
export function describeIssues(issues: readonly core.$ZodIssue[]): string {
  return issues.slice(0, 3).map(describeIssue).join('；');
}

function failure(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

function toIpcError(error: unknown): IpcError {
  if (error instanceof DesktopError) return { code: error.code, message: error.message };
  const code = errnoCode(error);
  if (code && /^E[A-Z]+$/.test(code)) {
    return { code: 'io', message: t('ipc.failed', { detail: t('ipc.detail.system', { code }) }) };
  }
  return { code: 'failed', message: t('ipc.failed', { detail: t('ipc.detail.unexpected') }) };
}

function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    // Accessing a frame that navigated away or was destroyed throws in Electron.
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

async function invoke<K extends Channel>(
  channel: K,
  handler: ChannelHandlers[K],
  event: IpcMainInvokeEvent,
  args: unknown[],
  isTrustedSender: (url: string) => boolean,
): Promise<IpcResult<ChannelMap[K]['result']>> {
  const url = senderUrl(event);
  if (url === null || !isTrustedSender(url)) return failure('bad-sender', t('ipc.badSender'));

  const parsed = argSchemas[channel].safeParse(args, { error: chineseIssues });
  if (!parsed.success) {
    return failure('bad-args', t('ipc.badArgs', { detail: describeIssues(parsed.error.issues) }));
  }
  try {
    const call = handler as (
      event: IpcMainInvokeEvent,
      ...args: ChannelMap[K]['args']
    ) => Promise<ChannelMap[K]['result']>;
    return { ok: true, value: await call(event, ...parsed.data) };
  } catch (error) {
    // Personal data must never reach a log: only the channel and the error's kind, no message
    // (it may hold a path or a value) and no arguments.
    if (!(error instanceof DesktopError)) {
      console.error(
        `[ipc] ${channel} failed: ${(error as Error)?.name ?? typeof error} ${errnoCode(error) ?? ''}`,
      );
    }
    return { ok: false, error: toIpcError(error) };
  }
}

/**
 * Registers one `ipcMain.handle` per channel. Every call is checked in this order: the sender
 * frame is the app (else bad-sender), the arguments match the channel's schema (else bad-args),
 * then the handler runs and its result or error is wrapped in an `IpcResult`. Nothing throws
 * across the bridge.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ChannelHandlers,
  { isTrustedSender }: { isTrustedSender: (url: string) => boolean },
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      invoke(channel, handlers[channel], event, args, isTrustedSender),
    );
  }
}
