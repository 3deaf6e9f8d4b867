import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_RULES } from '../../../shared/meetings/rules';
import {
  applyProposal,
  moveItem,
  newMinuteDraft,
  patchContent,
  ROSTER_TICK_LIMIT,
  setPresent,
} from './minute-draft';

const rules = DEFAULT_MEETING_RULES;
const people = [
  { memberId: 'm1', name: '张三' },
  { memberId: 'm2', name: '李四' },
  { memberId: 'm3', name: '王五' },
];

describe('the minute form state', () => {
  it('names the meeting from its type, 届次 and 次数 until the user types a name', () => {
    let draft = newMinuteDraft(rules, '2026-03-15');
    expect(draft.content.title).toBe('会员大会');
    draft = patchContent(draft, { type: 'repCongress', term: 2, session: 3 }, rules);
    expect(draft.content.title).toBe('第二届会员代表大会第三次会议');
    draft = patchContent(draft, { title: '2026年会员代表大会' }, rules);
    draft = patchContent(draft, { session: 4 }, rules);
    expect(draft.content.title).toBe('2026年会员代表大会');
  });

  it('takes 应到 from the roster until the user changes it, keeping the proposal to compare', () => {
    let draft = applyProposal(newMinuteDraft(rules, '2026-03-15'), 90);
    expect(draft.content.expected).toEqual({ count: 90, proposed: 90 });
    draft = patchContent(
      draft,
      { expected: { count: 88, proposed: 90, reason: '2 人病休' } },
      rules,
    );
    draft = applyProposal(draft, 91);
    expect(draft.content.expected).toEqual({ count: 88, proposed: 91, reason: '2 人病休' });
  });

  it('starts a large meeting in counts mode', () => {
    const draft = applyProposal(newMinuteDraft(rules, '2026-03-15'), ROSTER_TICK_LIMIT + 1);
    expect(draft.content.attendance).toEqual({ mode: 'counts', present: 0 });
  });

  it('makes every unticked person an absentee and keeps reasons already typed', () => {
    let draft = setPresent(newMinuteDraft(rules, '2026-03-15'), people, new Set(['m1']));
    expect(draft.content.attendance).toEqual({ mode: 'roster', present: [people[0]] });
    expect(draft.content.absentees.map((a) => a.name)).toEqual(['李四', '王五']);
    draft = patchContent(
      draft,
      {
        absentees: draft.content.absentees.map((a) => ({
          ...a,
          reason: a.name === '王五' ? '出差' : '',
        })),
      },
      rules,
    );
    draft = setPresent(draft, people, new Set(['m1', 'm2']));
    expect(draft.content.absentees).toEqual([{ memberId: 'm3', name: '王五', reason: '出差' }]);
  });

  it('moves agenda items within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
