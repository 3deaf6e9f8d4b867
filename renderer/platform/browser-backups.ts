import Dexie, { type Table } from 'dexie';
import { BACKUP_EXTENSION } from '../../shared/backup/reason';
import { backupFileName } from '../../shared/backup/naming';
import { t } from '../../shared/i18n';
import { PlatformError, type BackupFileInfo, type BackupStore, type SaveOutcome } from './types';

/** Safety copies kept in the browser: the newest few; older ones are removed as new ones come. */
export const BROWSER_SAFETY_COPIES = 5;

interface StoredCopy extends BackupFileInfo {
  data: Blob;
}

class SafetyCopyDatabase extends Dexie {
  copies!: Table<StoredCopy, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ copies: 'fileName, createdAt' });
  }
}

/** A separate database, so that clearing or losing the app's own database leaves these. */
export const SAFETY_COPY_DATABASE = 'uniondesk-safety-copies';

function info({ fileName, size, createdAt, reason }: StoredCopy): BackupFileInfo {
  return { fileName, size, createdAt, reason };
}

/**
 * The browser platform's backup location. Safety copies stay in a separate IndexedDB database
 * (the newest {@link BROWSER_SAFETY_COPIES}) and can be downloaded; a manual backup goes straight
 * to the browser's downloads, the only place a user can see and copy a file from.
 */
export function createBrowserBackupStore(deps: {
  download: (name: string, data: Uint8Array) => void;
  databaseName?: string;
  now?: () => Date;
}): BackupStore {
  const db = new SafetyCopyDatabase(deps.databaseName ?? SAFETY_COPY_DATABASE);
  const now = deps.now ?? (() => new Date());

  async function uniqueName(base: string): Promise<string> {
    let name = base;
    for (let n = 2; await db.copies.get(name); n += 1) {
      name = base.replace(new RegExp(`\\.${BACKUP_EXTENSION}$`), `_${n}.${BACKUP_EXTENSION}`);
    }
    return name;
  }

  async function find(fileName: string): Promise<StoredCopy> {
    const copy = await db.copies.get(fileName);
    if (!copy)
      throw new PlatformError('not-found', t('backup.browser.notFound', { name: fileName }));
    return copy;
  }

  return {
    location: async () => ({
      kind: 'browser',
      label: t('backup.browser.location', { count: BROWSER_SAFETY_COPIES }),
      isDefault: true,
    }),
    write: async ({ reason, unionName, data }) => {
      const createdAt = now();
      const fileName = backupFileName({ unionName, createdAt, reason });
      const entry: BackupFileInfo = {
        fileName,
        size: data.byteLength,
        createdAt: createdAt.toISOString(),
        reason,
      };
      if (reason === 'manual') {
        deps.download(fileName, data);
        return entry;
      }
      const stored: StoredCopy = {
        ...entry,
        fileName: await uniqueName(fileName),
        data: new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      };
      await db.transaction('rw', db.copies, async () => {
        await db.copies.add(stored);
        const all = await db.copies.orderBy('createdAt').reverse().toArray();
        await db.copies.bulkDelete(all.slice(BROWSER_SAFETY_COPIES).map((copy) => copy.fileName));
      });
      return info(stored);
    },
    list: async () => (await db.copies.orderBy('createdAt').reverse().toArray()).map(info),
    read: async (fileName) => new Uint8Array(await (await find(fileName)).data.arrayBuffer()),
    exportCopy: async (fileName): Promise<SaveOutcome> => {
      const copy = await find(fileName);
      deps.download(copy.fileName, new Uint8Array(await copy.data.arrayBuffer()));
      return { status: 'saved', fileName: copy.fileName };
    },
  };
}
