import { msg, t, type Message, type PlainMessageKey } from '../i18n';
import { checkIsoDate } from './date';

/**
 * Checks shared by forms: required text, head counts, past dates. Each takes the field's label
 * key so the message can name the field ("请填写工会名称。"), and returns the value as it should be
 * stored along with the first problem found.
 */

export interface FieldCheck<T> {
  value: T;
  error?: Message;
}

/** Trimmed text; blank optional text is `undefined`. Length counts characters, not UTF-16 units. */
export function checkText(
  raw: string | null | undefined,
  rule: { label: PlainMessageKey; required: boolean; max: number },
): FieldCheck<string | undefined> {
  const value = (raw ?? '').trim();
  if (value === '') {
    return rule.required
      ? { value: '', error: msg('field.required', { field: t(rule.label) }) }
      : { value: undefined };
  }
  const length = [...value].length;
  if (length > rule.max) {
    return { value, error: msg('field.tooLong', { field: t(rule.label), max: rule.max, length }) };
  }
  return { value };
}

/**
 * A head count: a whole number of people, at least 0. Blank is an error; with `zeroHint` the
 * message reminds the user that "none" is entered as 0, which matters for rate denominators.
 */
export function checkCount(
  raw: number | null | undefined,
  rule: { label: PlainMessageKey; zeroHint?: boolean },
): FieldCheck<number | undefined> {
  const field = t(rule.label);
  if (raw === null || raw === undefined) {
    return {
      value: undefined,
      error: rule.zeroHint
        ? msg('field.countRequired', { field })
        : msg('field.required', { field }),
    };
  }
  if (!Number.isSafeInteger(raw) || raw < 0) {
    return { value: undefined, error: msg('field.countInvalid', { field }) };
  }
  return { value: raw };
}

/** A `YYYY-MM-DD` date that exists and is not after `today`; blank optional dates are `undefined`. */
export function checkPastDate(
  raw: string | null | undefined,
  rule: { label: PlainMessageKey; required: boolean; today: string },
): FieldCheck<string | undefined> {
  const value = (raw ?? '').trim();
  const field = t(rule.label);
  if (value === '') {
    return rule.required
      ? { value: '', error: msg('field.required', { field }) }
      : { value: undefined };
  }
  const shape = checkIsoDate(value);
  if (shape === 'format') return { value, error: msg('field.dateFormat', { field }) };
  if (shape === 'invalid')
    return { value, error: msg('field.dateInvalid', { field, date: value }) };
  if (value > rule.today) return { value, error: msg('field.dateFuture', { field, date: value }) };
  return { value };
}
