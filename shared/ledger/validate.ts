import { AREA_IDS, isAreaId, type AreaId } from '../campaign/areas';
import { MAX_TAG_LENGTH, normalizeTag, uniqueTags } from '../campaign/tags';
import { msg, t, type Message } from '../i18n';
import { checkPastDate, checkText } from '../validation/fields';
import {
  LEDGER_FIELD_LABELS,
  LEDGER_LIMITS,
  type LedgerDraft,
  type LedgerEntryContent,
  type LedgerField,
} from './model';

export interface LedgerCheck {
  /** The first error of each field; an entry with any error is not saved. */
  fieldErrors: Partial<Record<LedgerField, Message>>;
  /** The content to store, present exactly when there are no errors. */
  data?: LedgerEntryContent;
}

const label = (field: LedgerField) => t(LEDGER_FIELD_LABELS[field]);

function checkAreas(areas: readonly string[]): { value: AreaId[]; error?: Message } {
  const chosen = new Set(areas);
  // Stored in the campaign's order, whatever order they were ticked in.
  const value = AREA_IDS.filter((id) => chosen.has(id));
  if (areas.some((id) => !isAreaId(id))) {
    return { value, error: msg('ledger.error.areaUnknown') };
  }
  if (value.length === 0) return { value, error: msg('ledger.error.areasRequired') };
  return { value };
}

function checkTags(tags: readonly string[]): { value: string[]; error?: Message } {
  const tooLong = tags.find((tag) => tag.trim() !== '' && normalizeTag(tag) === undefined);
  const value = uniqueTags(tags);
  if (tooLong !== undefined) {
    return { value, error: msg('ledger.error.tagTooLong', { tag: tooLong, max: MAX_TAG_LENGTH }) };
  }
  if (value.length > LEDGER_LIMITS.tags) {
    return { value, error: msg('ledger.error.tooManyTags', { max: LEDGER_LIMITS.tags }) };
  }
  return { value };
}

function checkParticipants(raw: number | null): { value?: number; error?: Message } {
  if (raw === null) return {};
  if (!Number.isSafeInteger(raw) || raw < 0 || raw > LEDGER_LIMITS.participants) {
    return {
      error: msg('ledger.error.participants', {
        field: label('participants'),
        max: LEDGER_LIMITS.participants,
      }),
    };
  }
  return { value: raw };
}

/**
 * Checks a ledger entry as the form holds it. Every message names its field. The date is the day
 * the work was done, so it may not be after `today`.
 */
export function validateLedgerEntry(draft: LedgerDraft, options: { today: string }): LedgerCheck {
  const fieldErrors: LedgerCheck['fieldErrors'] = {};
  const date = checkPastDate(draft.date, {
    label: LEDGER_FIELD_LABELS.date,
    required: true,
    today: options.today,
  });
  if (date.error) fieldErrors.date = date.error;
  const title = checkText(draft.title, {
    label: LEDGER_FIELD_LABELS.title,
    required: true,
    max: LEDGER_LIMITS.title,
  });
  if (title.error) fieldErrors.title = title.error;
  const areas = checkAreas(draft.areas);
  if (areas.error) fieldErrors.areas = areas.error;
  const tags = checkTags(draft.tags);
  if (tags.error) fieldErrors.tags = tags.error;
  const participants = checkParticipants(draft.participants);
  if (participants.error) fieldErrors.participants = participants.error;
  const description = checkText(draft.description, {
    label: LEDGER_FIELD_LABELS.description,
    required: false,
    max: LEDGER_LIMITS.description,
  });
  if (description.error) fieldErrors.description = description.error;
  const attachmentIds = [...new Set(draft.attachmentIds)];
  if (attachmentIds.length > LEDGER_LIMITS.attachments) {
    fieldErrors.attachmentIds = msg('ledger.error.tooManyAttachments', {
      max: LEDGER_LIMITS.attachments,
    });
  }
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors };

  const data: LedgerEntryContent = {
    date: date.value ?? '',
    title: title.value ?? '',
    areas: areas.value,
    tags: tags.value,
    description: description.value ?? '',
    attachmentIds,
  };
  if (participants.value !== undefined) data.participants = participants.value;
  if (draft.meetingId) data.meetingId = draft.meetingId;
  return { fieldErrors, data };
}
