import type { EvidenceRef } from '../../../shared/assessment/facts';
import type { LinkTarget } from '../../../shared/assessment/score';
import type { PlainMessageKey } from '../../../shared/i18n';

/** Where a piece of evidence opens in the app. */
export function evidenceHref(ref: EvidenceRef): string {
  switch (ref.kind) {
    case 'minute':
      return ref.id ? `#/meetings/${ref.id}` : '#/meetings';
    case 'ledger':
      return ref.id ? `#/ledger/${ref.id}` : '#/ledger';
    case 'survey':
      return ref.id ? `#/surveys/${ref.id}` : '#/surveys';
    case 'roster':
      return '#/members';
    case 'profile':
      return '#/settings';
    case 'attachment':
      return '#/ledger';
  }
}

export const LINK_TARGETS: {
  readonly [L in LinkTarget]: { href: string; label: PlainMessageKey };
} = {
  members: { href: '#/members', label: 'assessmentUi.link.members' },
  meetings: { href: '#/meetings', label: 'assessmentUi.link.meetings' },
  ledger: { href: '#/ledger', label: 'assessmentUi.link.ledger' },
  surveys: { href: '#/surveys', label: 'assessmentUi.link.surveys' },
  settings: { href: '#/settings', label: 'assessmentUi.link.settings' },
};
