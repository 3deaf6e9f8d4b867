import { Typography } from 'antd';
import type { EvidenceRef } from '../../../shared/assessment/facts';
import { t } from '../../../shared/i18n';
import { evidenceHref } from './links';

/** The records a proposal or gate used, each opening where it is kept. */
export function EvidenceLinks({ evidence }: { evidence: readonly EvidenceRef[] }) {
  if (evidence.length === 0) {
    return <Typography.Text type="secondary">{t('assessmentUi.evidence.none')}</Typography.Text>;
  }
  return (
    <span className="evidence-links">
      {t('assessmentUi.evidence')}
      {evidence.map((ref, index) => (
        <a key={`${ref.kind}-${ref.id ?? index}`} href={evidenceHref(ref)}>
          {ref.label}
        </a>
      ))}
    </span>
  );
}
