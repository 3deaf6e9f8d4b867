import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { localToday } from '../../../../shared/validation/date';
import { compactDate } from '../../../print/page';
import { PrintPreview } from '../../../print/PrintPreview';
import { useProfile } from '../../profile/useProfile';
import { safeFileName } from '../export/names';
import { useMember } from '../useMembers';
import { MemberCardDocument } from './MemberCardDocument';
import { RevealSwitch, RevealWarning } from './RevealSwitch';

/** 打印登记表: one member's 会员登记表 (A4 portrait), in a print preview first. */
export function MemberCardPrintButton({ memberId }: { memberId: string }) {
  const [open, setOpen] = useState<{ printedOn: string } | null>(null);
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen({ printedOn: localToday() })}>
        {t('report.card.print')}
      </Button>
      {open ? (
        <MemberCardPreview
          memberId={memberId}
          printedOn={open.printedOn}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}

function MemberCardPreview({
  memberId,
  printedOn,
  onClose,
}: {
  memberId: string;
  printedOn: string;
  onClose: () => void;
}) {
  const loaded = useMember(memberId);
  const profile = useProfile();
  const [reveal, setReveal] = useState(false);
  if (!loaded || profile.status !== 'ready') return null;
  const { member, events } = loaded;
  const unionName = profile.profile?.unionName ?? '';
  return (
    <PrintPreview
      title={`${t('report.card.title')}（${member.name}）`}
      suggestedName={safeFileName(
        t('report.card.fileName', { name: member.name, date: compactDate(printedOn) }),
      )}
      orientation="portrait"
      options={<RevealSwitch checked={reveal} onChange={setReveal} />}
      notice={reveal ? <RevealWarning /> : null}
      onClose={onClose}
    >
      <MemberCardDocument
        member={member}
        events={events}
        unionName={unionName}
        printedOn={printedOn}
        reveal={reveal}
      />
    </PrintPreview>
  );
}
