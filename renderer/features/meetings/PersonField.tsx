import { AutoComplete } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../shared/i18n';
import type { PersonRef } from '../../../shared/meetings/model';
import type { RosterPerson } from '../../db/meetings';

const MAX_OPTIONS = 30;

/**
 * A person named in a minute (主持人, 记录人): typed, or picked from the members on roll. Picking
 * keeps the roster id; typing a name that is not on the roster (a guest chair) is allowed.
 */
export function PersonField({
  id,
  value,
  candidates,
  onChange,
}: {
  id: string;
  value: PersonRef | undefined;
  candidates: readonly RosterPerson[];
  onChange: (value: PersonRef | undefined) => void;
}) {
  const text = value?.name ?? '';
  const options = useMemo(() => {
    const needle = text.trim();
    const matches = needle ? candidates.filter((p) => p.name.includes(needle)) : candidates;
    return matches.slice(0, MAX_OPTIONS).map((p) => ({
      value: p.memberId,
      label: p.department ? `${p.name}（${p.department}）` : p.name,
    }));
  }, [candidates, text]);
  return (
    <AutoComplete
      id={id}
      value={text}
      options={options}
      placeholder={t('meetingsUi.field.personPlaceholder')}
      onSelect={(memberId: string) => {
        const person = candidates.find((p) => p.memberId === memberId);
        if (person) onChange({ memberId: person.memberId, name: person.name });
      }}
      onChange={(typed: string) => {
        // onChange also fires with the option value on select; onSelect handles that case.
        if (candidates.some((p) => p.memberId === typed)) return;
        onChange(typed.trim() === '' ? undefined : { name: typed });
      }}
      allowClear
    />
  );
}
