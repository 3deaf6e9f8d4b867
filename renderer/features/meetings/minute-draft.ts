import type {
  Absentee,
  AgendaItem,
  MeetingContent,
  PersonRef,
} from '../../../shared/meetings/model';
import { meetingTypeLabel, type MeetingRules } from '../../../shared/meetings/rules';
import { suggestMeetingTitle } from '../../../shared/meetings/title';

/**
 * The minute form's state and its pure transitions: kept out of the component so the rules of
 * the form (the title follows 届次/次数 until typed, 应到 follows the roster until changed,
 * unticking a member makes them an absentee) are tested without a browser.
 */

export interface MinuteDraft {
  content: MeetingContent;
  titleTouched: boolean;
  expectedTouched: boolean;
  dirty: boolean;
}

/** Above this many expected people the form starts with counts instead of ticking names. */
export const ROSTER_TICK_LIMIT = 300;

export function newMinuteDraft(rules: MeetingRules, date: string): MinuteDraft {
  const type = rules.types[0]!.id;
  return {
    content: {
      type,
      title: suggestMeetingTitle(meetingTypeLabel(rules, type)),
      date,
      place: '',
      expected: { count: 0 },
      attendance: { mode: 'roster', present: [] },
      absentees: [],
      observers: [],
      items: [],
      closing: '',
      attachmentIds: [],
    },
    titleTouched: false,
    expectedTouched: false,
    dirty: false,
  };
}

export function existingMinuteDraft(content: MeetingContent): MinuteDraft {
  return { content, titleTouched: true, expectedTouched: true, dirty: false };
}

function retitle(draft: MinuteDraft, rules: MeetingRules): MinuteDraft {
  if (draft.titleTouched) return draft;
  const { type, term, session } = draft.content;
  return {
    ...draft,
    content: {
      ...draft.content,
      title: suggestMeetingTitle(meetingTypeLabel(rules, type), term, session),
    },
  };
}

/** A change of fields typed by the user. */
export function patchContent(
  draft: MinuteDraft,
  patch: Partial<MeetingContent>,
  rules: MeetingRules,
): MinuteDraft {
  const next: MinuteDraft = {
    ...draft,
    content: { ...draft.content, ...patch },
    dirty: true,
    titleTouched: draft.titleTouched || 'title' in patch,
    expectedTouched: draft.expectedTouched || 'expected' in patch,
  };
  return 'type' in patch || 'term' in patch || 'session' in patch ? retitle(next, rules) : next;
}

/**
 * The roster's proposal arrived or changed (type or date changed): 应到 follows it until the user
 * typed their own, and a large meeting starts in counts mode.
 */
export function applyProposal(draft: MinuteDraft, count: number | undefined): MinuteDraft {
  const content = { ...draft.content, expected: { ...draft.content.expected } };
  if (count === undefined) {
    delete content.expected.proposed;
    return { ...draft, content };
  }
  content.expected.proposed = count;
  if (!draft.expectedTouched) {
    content.expected.count = count;
    delete content.expected.reason;
    if (!draft.dirty && count > ROSTER_TICK_LIMIT && content.attendance.mode === 'roster') {
      content.attendance = { mode: 'counts', present: 0 };
    }
  }
  return { ...draft, content };
}

/**
 * Ticks or unticks expected people. Everyone expected but not ticked is an absentee (keeping a
 * reason already typed), so 实到 + 缺席 = 应到 holds by construction.
 */
export function setPresent(
  draft: MinuteDraft,
  people: readonly PersonRef[],
  presentIds: ReadonlySet<string>,
): MinuteDraft {
  const reasons = new Map(
    draft.content.absentees.filter((a) => a.memberId).map((a) => [a.memberId!, a.reason]),
  );
  const present = people.filter((p) => p.memberId && presentIds.has(p.memberId));
  const absentees: Absentee[] = people
    .filter((p) => p.memberId && !presentIds.has(p.memberId))
    .map((p) => ({ memberId: p.memberId!, name: p.name, reason: reasons.get(p.memberId!) ?? '' }));
  return {
    ...draft,
    dirty: true,
    content: {
      ...draft.content,
      attendance: {
        mode: 'roster',
        present: present.map((p) => ({ memberId: p.memberId!, name: p.name })),
      },
      absentees,
    },
  };
}

let itemCounter = 0;

export function newAgendaItem(): AgendaItem {
  itemCounter += 1;
  return {
    id: `${Date.now().toString(36)}-${itemCounter}`,
    title: '',
    discussion: '',
    tags: [],
    resolution: '',
  };
}

export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
