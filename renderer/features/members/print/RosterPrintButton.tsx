import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { Member } from '../../../../shared/members/model';
import { localToday } from '../../../../shared/validation/date';
import { PrintPreview } from '../../../print/PrintPreview';
import { useProfile } from '../../profile/useProfile';
import { rosterFileName, unionTitleName } from '../export/names';
import { RevealSwitch, RevealWarning } from './RevealSwitch';
import { RosterDocument } from './RosterDocument';
import { MAX_PRINT_ROWS, ROWS_PER_PAGE } from './roster-print';

/**
 * 打印名册: the members as listed when it is pressed, A4 landscape, in a print preview first.
 * The list is asked for on the press (`getMembers`), so that the button is not redrawn on every
 * keystroke in the search box.
 */
export function RosterPrintButton({
  getMembers,
  disabled = false,
}: {
  getMembers: () => readonly Member[];
  /** The roster is still loading. */
  disabled?: boolean;
}) {
  const { modal } = App.useApp();
  const profile = useProfile();
  const [open, setOpen] = useState<{
    printedOn: string;
    members: readonly Member[];
  } | null>(null);
  const [reveal, setReveal] = useState(false);
  const unionName = profile.status === 'ready' ? (profile.profile?.unionName ?? '') : '';

  const start = () => {
    const members = getMembers();
    if (members.length === 0) {
      modal.info({ title: t('report.roster.print'), content: t('report.roster.empty') });
      return;
    }
    if (members.length > MAX_PRINT_ROWS) {
      modal.warning({
        title: t('report.roster.tooManyTitle'),
        content: t('report.roster.tooMany', {
          count: members.length,
          max: MAX_PRINT_ROWS,
          pages: Math.ceil(MAX_PRINT_ROWS / ROWS_PER_PAGE),
        }),
      });
      return;
    }
    setReveal(false);
    setOpen({ printedOn: localToday(), members });
  };

  const title = t('report.roster.title', { union: unionTitleName(unionName) });
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={start} disabled={disabled}>
        {t('report.roster.print')}
      </Button>
      {open ? (
        <PrintPreview
          title={title}
          suggestedName={rosterFileName(unionName, open.printedOn)}
          orientation="landscape"
          options={<RevealSwitch checked={reveal} onChange={setReveal} />}
          notice={reveal ? <RevealWarning /> : null}
          onClose={() => setOpen(null)}
        >
          <RosterDocument
            members={open.members}
            unionName={unionName}
            printedOn={open.printedOn}
            reveal={reveal}
          />
        </PrintPreview>
      ) : null}
    </>
  );
}
