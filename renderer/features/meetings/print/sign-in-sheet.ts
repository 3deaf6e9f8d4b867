import { t } from '../../../../shared/i18n';
import type { Meeting, PersonRef } from '../../../../shared/meetings/model';
import { longDate } from '../../../print/page';
import { timeText } from './minute-print';

/**
 * What the printed 签到表 of a meeting shows: one numbered row per expected member (from the
 * roster at the meeting's date, sorted by department and name), or numbered blank rows for a
 * type whose 应到 is typed (a committee), where the clerk writes the names in.
 */

/** Blank rows at least, when nobody is listed by the roster. */
export const MIN_BLANK_ROWS = 15;
/** Blank rows after the listed members, for a substitute or a late addition. */
export const EXTRA_BLANK_ROWS = 3;

export interface SignInRow {
  key: string;
  index: number;
  name: string;
  department: string;
}

export interface SignInSheetView {
  title: string;
  heading: string;
  /** Lines under the title: meeting, time, place, 应到. */
  meta: string[];
  /** The line above the column heads, repeated with them on every page. */
  runningHead: string;
  rows: SignInRow[];
  /** Set when rows are blank because the type's 应到 is not taken from the roster. */
  manualNote: string | null;
}

export function signInRows(
  people: readonly PersonRef[],
  departments: ReadonlyMap<string, string>,
  expectedCount: number,
): SignInRow[] {
  const listed: SignInRow[] = people.map((person, i) => ({
    key: person.memberId ?? `person-${i}`,
    index: i + 1,
    name: person.name,
    department: (person.memberId && departments.get(person.memberId)) || '',
  }));
  const blanks = listed.length
    ? EXTRA_BLANK_ROWS
    : Math.max(MIN_BLANK_ROWS, Math.max(0, expectedCount));
  const blankRows: SignInRow[] = Array.from({ length: blanks }, (_, i) => ({
    key: `blank-${i}`,
    index: listed.length + i + 1,
    name: '',
    department: '',
  }));
  return [...listed, ...blankRows];
}

export function signInSheetView(
  meeting: Pick<Meeting, 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'expected'>,
  people: readonly PersonRef[],
  departments: ReadonlyMap<string, string>,
): SignInSheetView {
  const title = meeting.title.trim();
  const time = timeText(meeting.startTime, meeting.endTime);
  const date = longDate(meeting.date);
  const count = people.length || meeting.expected.count;
  return {
    title,
    heading: `${title}${t('meetingsPrint.signIn.heading')}`,
    meta: [
      t('meetingsPrint.signIn.meeting', { title }),
      t('meetingsPrint.signIn.when', {
        when: time ? t('meetingsPrint.signIn.whenWithTime', { date, time }) : date,
      }),
      t('meetingsPrint.signIn.place', { place: meeting.place }),
      count > 0
        ? t('meetingsPrint.signIn.expected', { count })
        : t('meetingsPrint.signIn.expectedBlank'),
    ],
    runningHead: t('meetingsPrint.signIn.runningHead', { title }),
    rows: signInRows(people, departments, meeting.expected.count),
    manualNote: people.length ? null : t('meetingsPrint.signIn.manualNote'),
  };
}
