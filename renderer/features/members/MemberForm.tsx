import { AutoComplete, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { render, t } from '../../../shared/i18n';
import {
  BOOLEAN_FIELDS,
  CHOICE_FIELDS,
  DATE_FIELDS,
  MEMBER_FIELD_LABELS,
  type MemberDraft,
  type MemberField,
} from '../../../shared/members/model';
import { ETHNIC_GROUPS, GB11643_DOC_TYPES } from '../../../shared/members/options';
import type { MemberCheck } from '../../../shared/members/validate';

const isBoolean = (f: MemberField): f is (typeof BOOLEAN_FIELDS)[number] =>
  (BOOLEAN_FIELDS as readonly string[]).includes(f);
const isDate = (f: MemberField): f is (typeof DATE_FIELDS)[number] =>
  (DATE_FIELDS as readonly string[]).includes(f);
const isChoice = (f: MemberField): f is keyof typeof CHOICE_FIELDS => f in CHOICE_FIELDS;

const REQUIRED: ReadonlySet<MemberField> = new Set(['name', 'docType', 'docNumber', 'sex']);
const WIDE: ReadonlySet<MemberField> = new Set(['docNumber']);

const ethnicOptions = ETHNIC_GROUPS.map((value) => ({ value }));

/**
 * The member's real-name fields in the order of DOMAIN §5. Each message sits beside its field;
 * errors show once a field was touched (or on saving), warnings always. For GB 11643 documents
 * sex and birth date come from the number and are shown, not typed.
 */
export function MemberForm({
  draft,
  check,
  touched,
  onChange,
}: {
  draft: MemberDraft;
  check: MemberCheck;
  touched: ReadonlySet<MemberField> | 'all';
  onChange: (patch: Partial<MemberDraft>, field: MemberField) => void;
}) {
  const derived = GB11643_DOC_TYPES.has(draft.docType);
  const fields = Object.keys(MEMBER_FIELD_LABELS) as MemberField[];
  return (
    <div className="form-grid member-form">
      {fields
        .filter((f) => !isBoolean(f))
        .map((field) => {
          const error = check.fieldErrors[field];
          const showError = error && (touched === 'all' || touched.has(field));
          const warnings = check.fieldWarnings[field] ?? [];
          const locked = derived && (field === 'sex' || field === 'birthDate');
          const id = `member-${field}`;
          return (
            <Form.Item
              key={field}
              label={t(MEMBER_FIELD_LABELS[field])}
              htmlFor={id}
              required={REQUIRED.has(field)}
              className={WIDE.has(field) ? 'span-2' : undefined}
              validateStatus={showError ? 'error' : warnings.length ? 'warning' : undefined}
              help={
                showError
                  ? render(error)
                  : warnings.length
                    ? warnings.map((w) => render(w)).join(' ')
                    : locked
                      ? t('members.form.derived')
                      : undefined
              }
              data-testid={`${id}-item`}
            >
              <FieldInput
                field={field}
                id={id}
                draft={draft}
                derivedDraft={check.draft}
                locked={locked}
                onChange={onChange}
              />
            </Form.Item>
          );
        })}
      <Form.Item label={t('members.form.flags')} className="span-2">
        <div className="member-flags">
          {BOOLEAN_FIELDS.map((field) => (
            <Checkbox
              key={field}
              id={`member-${field}`}
              checked={draft[field]}
              onChange={(e) => onChange({ [field]: e.target.checked }, field)}
            >
              {t(MEMBER_FIELD_LABELS[field])}
            </Checkbox>
          ))}
        </div>
      </Form.Item>
    </div>
  );
}

function FieldInput({
  field,
  id,
  draft,
  derivedDraft,
  locked,
  onChange,
}: {
  field: MemberField;
  id: string;
  draft: MemberDraft;
  derivedDraft: MemberDraft;
  locked: boolean;
  onChange: (patch: Partial<MemberDraft>, field: MemberField) => void;
}) {
  if (isChoice(field)) {
    const value = locked ? derivedDraft[field] : draft[field];
    return (
      <Select
        id={id}
        value={value === '' ? undefined : value}
        disabled={locked}
        allowClear={!REQUIRED.has(field)}
        placeholder={t('members.form.choose')}
        options={CHOICE_FIELDS[field].map((o) => ({ value: o.value, label: t(o.label) }))}
        onChange={(next: string | undefined) => onChange({ [field]: next ?? '' }, field)}
      />
    );
  }
  if (isDate(field)) {
    const text = locked ? derivedDraft[field] : draft[field];
    const parsed = text ? dayjs(text, 'YYYY-MM-DD', true) : null;
    return (
      <DatePicker
        id={id}
        className="full-width"
        disabled={locked}
        value={parsed?.isValid() ? parsed : null}
        format={['YYYY-MM-DD', 'YYYY/M/D', 'YYYYMMDD']}
        placeholder="YYYY-MM-DD"
        onChange={(value) => onChange({ [field]: value ? value.format('YYYY-MM-DD') : '' }, field)}
      />
    );
  }
  if (field === 'ethnicity') {
    return (
      <AutoComplete
        id={id}
        value={draft.ethnicity}
        options={ethnicOptions}
        filterOption={(input, option) => (option?.value ?? '').includes(input)}
        onChange={(value: string) => onChange({ ethnicity: value }, field)}
      />
    );
  }
  const text =
    draft[field as 'name' | 'docNumber' | 'mobile' | 'department' | 'position' | 'memberNo'];
  return (
    <Input
      id={id}
      value={text}
      autoComplete="off"
      inputMode={field === 'mobile' ? 'tel' : undefined}
      onChange={(e) => onChange({ [field]: e.target.value }, field)}
    />
  );
}
