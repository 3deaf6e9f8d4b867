import type { PlainMessageKey } from '../i18n';
import type { VoteMethod } from './model';

/** How a vote was taken, in the words of the form and the printed minute. */
export const VOTE_METHOD_LABELS: { readonly [M in VoteMethod]: PlainMessageKey } = {
  show: 'meetingsPrint.voteMethod.show',
  secret: 'meetingsPrint.voteMethod.secret',
  roll: 'meetingsPrint.voteMethod.roll',
  other: 'meetingsPrint.voteMethod.other',
};
