import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { SurveyRound } from '../../../../shared/surveys/model';
import { compactDate } from '../../../print/page';
import { PrintPreview } from '../../../print/PrintPreview';
import { safeFileName, unionTitleName } from '../../members/export/names';
import { useProfile } from '../../profile/useProfile';
import { BallotDocument } from './BallotDocument';

/** 打印选票: the anonymous A4 ballot of a round, to copy and hand out. */
export function BallotPrintButton({ round }: { round: SurveyRound }) {
  const [open, setOpen] = useState(false);
  const profile = useProfile();
  const unionName =
    profile.status === 'ready' ? unionTitleName(profile.profile?.unionName ?? '') : '';
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(true)}>
        {t('surveys.print.button')}
      </Button>
      {open ? (
        <PrintPreview
          title={t('surveys.print.previewTitle', { title: round.title })}
          suggestedName={safeFileName(
            t('surveys.print.fileName', { title: round.title, date: compactDate(round.startedOn) }),
          )}
          orientation="portrait"
          onClose={() => setOpen(false)}
        >
          <BallotDocument round={round} unionName={unionName} />
        </PrintPreview>
      ) : null}
    </>
  );
}
