import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { statisticsPeriod, type PeriodKind } from '../../../../shared/members/stats';
import { PrintPreview } from '../../../print/PrintPreview';
import { safeFileName } from '../../members/export/names';
import { useProfile } from '../../profile/useProfile';
import { useAssessmentData } from '../useAssessment';
import { AssessmentDocument } from './AssessmentDocument';
import { assessmentPrintView, type GateDecisions, type PrintEntry } from './assessment-print';

export interface AssessmentPrintButtonProps {
  year: number;
  kind: PeriodKind;
  /** The clerk's current scores by item id; an item missing here prints its proposal. */
  entries: ReadonlyMap<string, PrintEntry>;
  /** Gates decided by the clerk (G5 once the chair's declaration is signed). */
  gateDecisions: GateDecisions;
}

/** 打印自评表: the year's self-assessment on A4 portrait, in a print preview first. */
export function AssessmentPrintButton(props: AssessmentPrintButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(true)}>
        {t('assessmentPrint.button')}
      </Button>
      {open ? <AssessmentPreview {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AssessmentPreview({
  year,
  kind,
  entries,
  gateDecisions,
  onClose,
}: AssessmentPrintButtonProps & { onClose: () => void }) {
  // Read only once the preview opens, so the button costs nothing where it is shown.
  const data = useAssessmentData(year, kind);
  const profile = useProfile();
  const unionName = profile.status === 'ready' ? (profile.profile?.unionName ?? '') : '';
  const view = useMemo(() => {
    if (!data) return null;
    const { start, end } = statisticsPeriod(kind, year);
    return assessmentPrintView({
      unionName,
      year,
      period: { start, end },
      standard: data.loaded.standard,
      score: data.score,
      entries,
      gateDecisions,
    });
  }, [data, unionName, year, kind, entries, gateDecisions]);

  if (!view || profile.status === 'loading') return null;
  return (
    <PrintPreview
      title={t('assessmentPrint.previewTitle', { year })}
      suggestedName={safeFileName(t('assessmentPrint.fileName', { union: unionName, year }))}
      orientation="portrait"
      onClose={onClose}
    >
      <AssessmentDocument view={view} />
    </PrintPreview>
  );
}
