import { canonicalHash } from '../format/canonical-json';
import { meetingContent, type Meeting, type MeetingContent, type Signature } from './model';

/**
 * The hash stored when a minute is signed: SHA-256 over the canonical JSON of the minute's id,
 * its content and who signed it on which date. Anything a reader of the printed minute sees is
 * covered, so any later change to the stored record shows as a mismatch.
 */
export function minuteHash(
  id: string,
  content: MeetingContent,
  signers: Pick<Signature, 'chair' | 'recorder' | 'signedOn'>,
): string {
  return canonicalHash({
    id,
    content: meetingContent(content),
    chair: signers.chair,
    recorder: signers.recorder,
    signedOn: signers.signedOn,
  });
}

export type HashCheck = 'unsigned' | 'ok' | 'mismatch';

/** Whether a signed minute still has the content it was signed with. */
export function verifyMinute(meeting: Meeting): HashCheck {
  if (meeting.status !== 'signed' || !meeting.signature) return 'unsigned';
  return minuteHash(meeting.id, meeting, meeting.signature) === meeting.signature.contentHash
    ? 'ok'
    : 'mismatch';
}
