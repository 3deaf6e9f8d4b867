import { Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { render, t } from '../../../shared/i18n';
import { profileFieldLabel, type ProfileField } from '../../../shared/profile/profile';
import { FIELD_SPECS } from './fields';
import type { ProfileDraftState } from './useProfileDraft';

/** One group of profile fields, each with its error or warning right beside it. */
export function ProfileFields({
  fields,
  state,
}: {
  fields: readonly ProfileField[];
  state: ProfileDraftState;
}) {
  return (
    <div className="form-grid">
      {fields.map((name) => (
        <ProfileFieldItem key={name} name={name} state={state} />
      ))}
    </div>
  );
}

function ProfileFieldItem({ name, state }: { name: ProfileField; state: ProfileDraftState }) {
  const spec = FIELD_SPECS[name];
  const error = state.errorOf(name);
  const warning = state.warningOf(name);
  const id = `profile-${name}`;
  const help = error ? (
    render(error)
  ) : warning ? (
    <div>
      <div>{render(warning)}</div>
      <Checkbox
        className="confirm-warning"
        checked={state.isConfirmed(name)}
        onChange={(e) => state.setConfirmed(name, e.target.checked)}
        data-testid={`${id}-confirm`}
      >
        {t('profile.confirmWarning')}
      </Checkbox>
    </div>
  ) : undefined;
  return (
    <Form.Item
      label={t(profileFieldLabel(name))}
      htmlFor={id}
      required={spec.required}
      validateStatus={error ? 'error' : warning ? 'warning' : undefined}
      help={help}
      extra={spec.extra && !help ? t(spec.extra) : undefined}
      className={spec.wide ? 'span-2' : undefined}
      data-testid={`${id}-item`}
    >
      <FieldInput name={name} id={id} state={state} />
    </Form.Item>
  );
}

function FieldInput({
  name,
  id,
  state,
}: {
  name: ProfileField;
  id: string;
  state: ProfileDraftState;
}) {
  const spec = FIELD_SPECS[name];
  const placeholder = spec.placeholder ? t(spec.placeholder) : undefined;
  const value = state.draft[name];
  const onBlur = () => state.reveal([name]);
  switch (spec.input) {
    case 'count':
      return (
        <InputNumber
          id={id}
          min={0}
          precision={0}
          style={{ width: '100%' }}
          suffix={t('unit.people')}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => state.setField(name, typeof v === 'number' ? v : null)}
          onBlur={onBlur}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          style={{ width: '100%' }}
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(d) => state.setField(name, d ? d.format('YYYY-MM-DD') : '')}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onBlur={onBlur}
        />
      );
    default:
      return (
        <Input
          id={id}
          value={typeof value === 'string' ? value : ''}
          placeholder={placeholder}
          maxLength={spec.input === 'code' ? 24 : 100}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) =>
            state.setField(
              name,
              spec.input === 'code' ? e.target.value.toUpperCase() : e.target.value,
            )
          }
          onBlur={onBlur}
          style={spec.input === 'code' ? { fontFamily: 'monospace', letterSpacing: 1 } : undefined}
        />
      );
  }
}
