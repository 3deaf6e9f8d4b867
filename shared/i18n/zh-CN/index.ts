import { assessmentPrint } from './assessment-print';
import { assessmentRecord } from './assessment-record';
import { assessmentUi } from './assessment-ui';
import { assessment } from './assessment';
import { backup } from './backup';
import { campaign } from './campaign';
import { desktop } from './desktop';
import { federation } from './federation';
import { ledger } from './ledger';
import { meetings } from './meetings';
import { meetingsUi } from './meetings-ui';
import { meetingsPrint } from './meetings-print';
import { members } from './members';
import { membersImport } from './members-import';
import { membersReport } from './members-report';
import { recycle } from './recycle';
import { report } from './report';
import { reports } from './reports';
import { signing } from './signing';
import { surveys } from './surveys';
import { ui } from './ui';
import { validation } from './validation';

/**
 * The source catalogue. Split by area so that features add their own keys without touching one
 * shared file; a key defined twice is a type error in `assertNoOverlap` below.
 */
const parts = {
  validation,
  desktop,
  ui,
  backup,
  recycle,
  members,
  membersReport,
  membersImport,
  campaign,
  meetings,
  meetingsUi,
  meetingsPrint,
  ledger,
  assessment,
  assessmentRecord,
  assessmentPrint,
  assessmentUi,
  surveys,
  signing,
  reports,
  federation,
  report,
} as const;
type Parts = typeof parts;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;
type Merged = UnionToIntersection<Parts[keyof Parts]>;

export const zhCN = Object.assign({}, ...Object.values(parts)) as {
  readonly [K in keyof Merged]: Merged[K];
};

/** Keys that some other part defines as well. */
type Overlaps = {
  [P in keyof Parts]: keyof Parts[P] & keyof UnionToIntersection<Parts[Exclude<keyof Parts, P>]>;
}[keyof Parts];
// Fails to compile if two areas define the same key (a later one would silently win).
const assertNoOverlap: [Overlaps] extends [never] ? true : false = true;
void assertNoOverlap;
