import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { render, t } from '../../../shared/i18n';
import { AREA_IDS, AREA_LABELS } from '../../../shared/campaign/areas';
import {
  LEDGER_FIELD_LABELS,
  LEDGER_LIMITS,
  type LedgerDraft,
  type LedgerField,
} from '../../../shared/ledger/model';
import { tagChoices } from '../../../shared/ledger/tags';
import type { LedgerCheck } from '../../../shared/ledger/validate';
import type { MeetingChoice } from '../../db/ledger';
import { AttachmentField } from '../attachments/AttachmentField';

const REQUIRED: ReadonlySet<LedgerField> = new Set(['date', 'title', 'areas']);

/** The id of a field's input, for labels, focus on error and tests. */
export const ledgerFieldId = (field: LedgerField) => `ledger-${field}`;

/**
 * The fields of a ledger entry. Each message sits beside its field and names it; errors show
 * once a field was touched or the user tried to save.
 */
export function LedgerForm({
  draft,
  check,
  touched,
  meetings,
  usedTags,
  onChange,
}: {
  draft: LedgerDraft;
  check: LedgerCheck;
  touched: ReadonlySet<LedgerField> | 'all';
  meetings: readonly MeetingChoice[];
  usedTags: readonly string[];
  onChange: (patch: Partial<LedgerDraft>, field: LedgerField) => void;
}) {
  const item = (field: LedgerField, control: ReactNode, extra?: string) => {
    const error = check.fieldErrors[field];
    const show = error && (touched === 'all' || touched.has(field));
    return (
      <Form.Item
        label={t(LEDGER_FIELD_LABELS[field])}
        htmlFor={ledgerFieldId(field)}
        required={REQUIRED.has(field)}
        validateStatus={show ? 'error' : undefined}
        help={show ? render(error) : undefined}
        extra={extra}
        data-testid={`${ledgerFieldId(field)}-item`}
      >
        {control}
      </Form.Item>
    );
  };

  return (
    <>
      <div style={{ display: 'grid', gridTemplateColumns: '180px 1fr', columnGap: 16 }}>
        {item(
          'date',
          <DatePicker
            id={ledgerFieldId('date')}
            style={{ width: '100%' }}
            value={draft.date ? dayjs(draft.date) : null}
            format="YYYY-MM-DD"
            onChange={(value) =>
              onChange({ date: value ? value.format('YYYY-MM-DD') : '' }, 'date')
            }
          />,
        )}
        {item(
          'title',
          <Input
            id={ledgerFieldId('title')}
            value={draft.title}
            maxLength={LEDGER_LIMITS.title + 20}
            placeholder={t('ledger.form.titlePlaceholder')}
            onChange={(e) => onChange({ title: e.target.value }, 'title')}
          />,
        )}
      </div>
      {item(
        'areas',
        <div
          id={ledgerFieldId('areas')}
          role="group"
          tabIndex={-1}
          aria-label={t(LEDGER_FIELD_LABELS.areas)}
        >
          <Checkbox.Group
            value={draft.areas}
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '4px 16px' }}
            options={AREA_IDS.map((area) => ({ value: area, label: t(AREA_LABELS[area]) }))}
            onChange={(areas) => onChange({ areas: areas.map(String) }, 'areas')}
          />
        </div>,
      )}
      {item(
        'tags',
        <Select<string[]>
          id={ledgerFieldId('tags')}
          mode="tags"
          value={draft.tags}
          placeholder={t('ledger.form.tagsPlaceholder')}
          tokenSeparators={[',', '，', '、']}
          options={tagChoices(draft.areas, usedTags).map((tag) => ({ value: tag, label: tag }))}
          onChange={(tags) => onChange({ tags }, 'tags')}
        />,
        t('ledger.form.tagsHint'),
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '180px 1fr', columnGap: 16 }}>
        {item(
          'participants',
          <InputNumber<number>
            id={ledgerFieldId('participants')}
            style={{ width: '100%' }}
            min={0}
            precision={0}
            value={draft.participants}
            placeholder={t('ledger.form.participantsPlaceholder')}
            suffix={t('unit.people')}
            onChange={(value) => onChange({ participants: value ?? null }, 'participants')}
          />,
        )}
        {item(
          'meetingId',
          <Select<string>
            id={ledgerFieldId('meetingId')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={draft.meetingId ?? undefined}
            placeholder={t('ledger.form.meetingPlaceholder')}
            notFoundContent={t('ledger.form.meetingNone')}
            options={meetings.map((m) => ({
              value: m.id,
              label: t('ledger.meeting.choice', {
                date: m.date,
                type: m.typeLabel,
                title: m.title || m.typeLabel,
              }),
            }))}
            onChange={(value) => onChange({ meetingId: value ?? null }, 'meetingId')}
          />,
        )}
      </div>
      {item(
        'description',
        <Input.TextArea
          id={ledgerFieldId('description')}
          value={draft.description}
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={t('ledger.form.descriptionPlaceholder')}
          onChange={(e) => onChange({ description: e.target.value }, 'description')}
        />,
      )}
      {item(
        'attachmentIds',
        <AttachmentField
          id={ledgerFieldId('attachmentIds')}
          value={draft.attachmentIds}
          onChange={(attachmentIds) => onChange({ attachmentIds }, 'attachmentIds')}
        />,
      )}
    </>
  );
}
