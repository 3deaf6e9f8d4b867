import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { Message } from '../../../shared/i18n';
import {
  unconfirmedWarningFields,
  validateProfile,
  warningToken,
  type ProfileDraft,
  type ProfileField,
} from '../../../shared/profile/profile';

export interface ProfileDraftState {
  draft: ProfileDraft;
  /** Text fields take strings, counts numbers or null; the shared rules judge the value. */
  setField: (name: ProfileField, value: ProfileDraft[ProfileField]) => void;
  /** Marks fields as visited so their errors show (all of them after a submit attempt). */
  reveal: (fields: readonly ProfileField[]) => void;
  errorOf: (name: ProfileField) => Message | undefined;
  warningOf: (name: ProfileField) => Message | undefined;
  isConfirmed: (name: ProfileField) => boolean;
  setConfirmed: (name: ProfileField, confirmed: boolean) => void;
  /** Fields among `fields` that block going on: an error, or a warning not yet confirmed. */
  blocking: (fields: readonly ProfileField[]) => ProfileField[];
}

const today = (): string => dayjs().format('YYYY-MM-DD');

/** Form state for the profile, validated on every change by the shared rules. */
export function useProfileDraft(initial: ProfileDraft): ProfileDraftState {
  const [draft, setDraft] = useState<ProfileDraft>(initial);
  const [visited, setVisited] = useState<ReadonlySet<ProfileField>>(new Set());
  const check = useMemo(() => validateProfile(draft, { today: today() }), [draft]);
  const confirmed = useMemo(
    () => new Set(draft.confirmedWarnings ?? []),
    [draft.confirmedWarnings],
  );
  const unconfirmed = useMemo(
    () => new Set(unconfirmedWarningFields(draft, check)),
    [draft, check],
  );

  return {
    draft,
    setField: (name, value) => {
      setDraft((d) => ({ ...d, [name]: value }));
      setVisited((v) => new Set(v).add(name));
    },
    reveal: (fields) => setVisited((v) => new Set([...v, ...fields])),
    errorOf: (name) => (visited.has(name) ? check.fieldErrors[name] : undefined),
    warningOf: (name) => (check.fieldErrors[name] ? undefined : check.fieldWarnings[name]),
    isConfirmed: (name) => {
      const warning = check.fieldWarnings[name];
      return warning ? confirmed.has(warningToken(name, warning, draft[name])) : false;
    },
    setConfirmed: (name, yes) => {
      const warning = check.fieldWarnings[name];
      if (!warning) return;
      const token = warningToken(name, warning, draft[name]);
      setDraft((d) => {
        const rest = (d.confirmedWarnings ?? []).filter((x) => x !== token);
        return { ...d, confirmedWarnings: yes ? [...rest, token] : rest };
      });
    },
    blocking: (fields) => fields.filter((f) => check.fieldErrors[f] || unconfirmed.has(f)),
  };
}
