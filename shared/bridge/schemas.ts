import { z } from 'zod';
import { parseBackupFileName } from '../backup/naming';
import { BACKUP_REASONS } from '../backup/reason';
import { KEY_ROLES, rotationSubjectSchema } from '../signing/keys';
import type { Channel, ChannelMap } from './contract';

/** Upper bound for one file crossing the bridge; larger files are refused with a message. */
export const MAX_TRANSFER_BYTES = 1024 * 1024 * 1024;
/** Files read per `file:read-folder` call: enough to keep the channel busy, few enough to show progress. */
export const MAX_FOLDER_BATCH = 500;
/** Upper bound for payload bytes sent to be signed: twice the largest report a verifier opens. */
export const MAX_SIGN_PAYLOAD_BYTES = 16 * 1024 * 1024;

// A file name typed by code, not a path: no folders, no control characters, no reserved names.
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20),
    '文件名不能包含路径或特殊字符',
  )
  .refine((s) => s !== '.' && s !== '..', '文件名不正确')
  // Windows silently drops trailing dots and spaces, and refuses device names as file names.
  .refine((s) => !/[. ]$/.test(s), '文件名不能以点或空格结尾')
  .refine(
    (s) => !/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(s),
    '文件名是 Windows 保留的名称，请换一个',
  );

// Only names main itself lists: a backup file name, never a path. Main checks again on disk.
const backupFileName = fileName.refine(
  (s) => parseBackupFileName(s) !== null,
  '不是 UnionDesk 备份文件的名称',
);
const backupFileRef = z.tuple([z.object({ fileName: backupFileName }).strict()]);

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9-]{1,16})$/))
      .min(1)
      .max(20),
  })
  .strict();

const bytesUpTo = (max: number, message: string) =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= max, message);
const bytes = bytesUpTo(MAX_TRANSFER_BYTES, '数据必须是不超过 1 GB 的字节数组');

const keyRole = z.enum(KEY_ROLES);

/** Argument schemas, one per channel; main rejects anything that does not parse. */
export const argSchemas: { [K in Channel]: z.ZodType<ChannelMap[K]['args']> } = {
  'app:info': z.tuple([]),
  'file:save': z.tuple([
    z
      .object({
        suggestedName: fileName,
        filters: z.array(fileFilter).max(10),
        data: z.union([bytes, z.string().max(MAX_TRANSFER_BYTES / 4)]),
        title: z.string().max(100).optional(),
      })
      .strict(),
  ]),
  'file:open': z.tuple([
    z
      .object({
        filters: z.array(fileFilter).max(10),
        multiple: z.boolean(),
        title: z.string().max(100).optional(),
        maxBytes: z.number().int().positive().max(MAX_TRANSFER_BYTES),
      })
      .strict(),
  ]),
  'file:open-folder': z.tuple([
    z
      .object({
        // A folder is read by its filters' extensions: without any, nothing could match.
        filters: z.array(fileFilter).min(1, '选择文件夹时必须给出文件类型').max(10),
        title: z.string().max(100).optional(),
        maxBytes: z.number().int().positive().max(MAX_TRANSFER_BYTES),
      })
      .strict(),
  ]),
  'file:read-folder': z.tuple([
    z
      .object({
        grant: z.uuid(),
        from: z.number().int().min(0),
        count: z.number().int().min(1).max(MAX_FOLDER_BATCH),
      })
      .strict(),
  ]),
  'print:pdf': z.tuple([
    z
      .object({
        suggestedName: fileName,
        landscape: z.boolean(),
        title: z.string().max(100).optional(),
      })
      .strict(),
  ]),
  'backup:location': z.tuple([]),
  'backup:choose-folder': z.tuple([]),
  'backup:reveal': z.tuple([]),
  'backup:write': z.tuple([
    z
      .object({
        reason: z.enum(BACKUP_REASONS),
        // Generous: the file name keeps only the first 40 characters anyway.
        unionName: z.string().max(200),
        data: bytes,
      })
      .strict(),
  ]),
  'backup:list': z.tuple([]),
  'backup:read': backupFileRef,
  'backup:export': backupFileRef,
  'keys:list': z.tuple([]),
  'keys:create': z.tuple([z.object({ role: keyRole }).strict()]),
  'keys:rotate': z.tuple([
    z.object({ role: z.literal('union'), subject: rotationSubjectSchema }).strict(),
  ]),
  'keys:retire': z.tuple([
    z.object({ role: keyRole, fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ]),
  'keys:sign': z.tuple([
    z
      .object({
        role: keyRole,
        // Main checks it against the role's allowed types; this only bounds it.
        payloadType: z.string().min(1).max(200),
        payload: bytesUpTo(MAX_SIGN_PAYLOAD_BYTES, '要签名的内容必须是不超过 16 MB 的字节数组'),
      })
      .strict(),
  ]),
};
