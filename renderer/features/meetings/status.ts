import type { MeetingStatus } from '../../../shared/meetings/model';

/** Tag colours of a minute's state: planned (blue), being recorded (gold), signed (green). */
export const STATUS_COLORS: { readonly [S in MeetingStatus]: string } = {
  planned: 'blue',
  draft: 'gold',
  signed: 'green',
};
