import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { t } from '../../../shared/i18n';
import { attachmentKind, extensionOf } from '../../../shared/ledger/attachment-rules';
import { useDatabase, usePlatform } from '../../app/AppContext';
import {
  attachmentBytes,
  loadAttachments,
  releaseAttachments,
  storeAttachment,
  type AttachmentRow,
} from '../../db/attachments';
import { makeThumbnail } from './thumbnail';

/** One id of a record's attachment list, with its row unless it is no longer stored. */
export interface AttachmentItem {
  id: string;
  row?: AttachmentRow;
}

/** The attachments of these ids, live, in the order given; undefined while loading. */
export function useAttachments(ids: readonly string[]): AttachmentItem[] | undefined {
  const db = useDatabase();
  const key = ids.join('|');
  const rows = useLiveQuery(() => loadAttachments(db, key === '' ? [] : key.split('|')), [db, key]);
  return useMemo(() => {
    if (!rows) return undefined;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return key === ''
      ? []
      : key.split('|').map((id) => {
          const row = byId.get(id);
          return row ? { id, row } : { id };
        });
  }, [rows, key]);
}

const KIND_LABELS = {
  image: 'attachments.kind.image',
  pdf: 'attachments.kind.pdf',
  document: 'attachments.kind.document',
} as const;

/** Named actions on attachments; components never write to Dexie themselves. */
export function useAttachmentActions() {
  const db = useDatabase();
  const platform = usePlatform();
  return useMemo(
    () => ({
      /** Stores a picked file once per content; images get a thumbnail. */
      store: (file: Blob, name: string) => storeAttachment(db, file, name, { makeThumbnail }),
      /**
       * A form closed unsaved: of the ids it held, those nothing refers to are removed if
       * uploaded since it opened, else moved to the 回收站 (see useAttachmentDraft).
       */
      discardDraft: (held: readonly string[], openedAt: string) =>
        releaseAttachments(db, held, { discardCreatedSince: openedAt }),
      /** Saves a copy of the file: a save dialog (desktop) or a download (browser). */
      download: async (row: AttachmentRow) => {
        const extension = extensionOf(row.name);
        return platform.saveFile({
          suggestedName: row.name,
          filters: extension
            ? [{ name: t(KIND_LABELS[attachmentKind(row.mime)]), extensions: [extension] }]
            : [],
          data: await attachmentBytes(row),
        });
      },
    }),
    [db, platform],
  );
}
