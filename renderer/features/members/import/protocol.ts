import type { Message } from '../../../../shared/i18n';
import type { ImportMapping, MappingReport } from '../../../../shared/members/import/headers';
import type { ImportMessage, RowStatus } from '../../../../shared/members/import/preview';
import type { MemberData, MemberField } from '../../../../shared/members/model';
import type { TextEncodingName } from './encoding';
import type { SourceFormat } from './read-workbook';
import type { SheetScore } from './sheet-choice';

/**
 * Messages between the import dialog and import.worker.ts. Everything here survives structured
 * cloning (no classes, no functions). Each request carries a sequence number; replies to an
 * older request than the latest are stale and dropped by the dialog.
 */

export type ImportStage = 'decode' | 'parse' | 'rows' | 'preview' | 'send';

export type ImportRequest =
  | {
      type: 'open';
      seq: number;
      name: string;
      data: Uint8Array;
      /** `YYYY-MM-DD` on the user's clock. */
      today: string;
      /** idKey → id of every member already in the roster. */
      existing: Map<string, string>;
    }
  | { type: 'sheet'; seq: number; index: number }
  | { type: 'mapping'; seq: number; columns: (MemberField | null)[] }
  | { type: 'errorList'; seq: number; today: string };

/** One row of the preview as the dialog needs it. */
export interface ImportItem {
  /** 1-based sheet row. */
  row: number;
  status: RowStatus;
  name: string;
  /** The document number masked (first 6 + last 4): the preview never shows it whole. */
  maskedDoc: string;
  messages: ImportMessage[];
  /** What to store; present unless the row has an error. */
  data?: MemberData;
  existingId?: string;
}

/** The sheet in use and how it is read. */
export interface SheetView {
  fileName: string;
  format: SourceFormat;
  encoding?: TextEncodingName;
  sheets: SheetScore[];
  sheetIndex: number;
  /** Where rows[0][0] sits in the sheet. */
  origin: { row: number; column: number };
  /** 1-based sheet row of the header; null when the chosen sheet has none. */
  headerRow: number | null;
  /** Rows below the header, blank ones included. */
  dataRows: number;
  mapping: ImportMapping | null;
  report: MappingReport | null;
}

export interface PreviewSummary {
  counts: Record<RowStatus, number>;
  blankRows: number;
  /** Rows that will arrive in `rows` messages. */
  total: number;
}

export type ImportReply =
  | { type: 'progress'; seq: number; stage: ImportStage; done?: number; total?: number }
  | { type: 'refused'; seq: number; message: Message }
  /** Something unexpected; no details, since an error text could carry cell contents. */
  | { type: 'failed'; seq: number }
  | { type: 'preview'; seq: number; view: SheetView; summary: PreviewSummary }
  | { type: 'rows'; seq: number; rows: ImportItem[] }
  | { type: 'done'; seq: number }
  | { type: 'errorList'; seq: number; data: Uint8Array };
