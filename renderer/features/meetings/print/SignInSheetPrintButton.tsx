import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { compactDate } from '../../../print/page';
import { PrintPreview } from '../../../print/PrintPreview';
import { safeFileName } from '../../members/export/names';
import { useMembers } from '../../members/useMembers';
import { useExpectedProposal, useMeeting, useMeetingRules } from '../useMeetings';
import { SignInSheetDocument } from './SignInSheetDocument';
import { signInSheetView } from './sign-in-sheet';

/** 打印签到表: one row per member the meeting expects, to sign on paper at the door. */
export function SignInSheetPrintButton({ meetingId }: { meetingId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(true)}>
        {t('meetingsPrint.signIn.button')}
      </Button>
      {open ? <SignInSheetPreview meetingId={meetingId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function SignInSheetPreview({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const loaded = useMeeting(meetingId);
  const rules = useMeetingRules();
  const meeting = loaded?.meeting;
  // Who is expected at the meeting's date, not today: the roster may have changed since.
  const proposal = useExpectedProposal(rules, meeting?.type ?? '', meeting?.date ?? '');
  const members = useMembers();
  const view = useMemo(() => {
    if (!meeting || !proposal || !members) return null;
    const departments = new Map(members.map((m) => [m.id, m.department ?? '']));
    return signInSheetView(meeting, proposal.people, departments);
  }, [meeting, proposal, members]);

  useEffect(() => {
    if (loaded !== null) return;
    void message.error(t('meetings.error.missing'));
    onClose();
  }, [loaded, message, onClose]);

  if (!view || !meeting) return null;
  return (
    <PrintPreview
      title={t('meetingsPrint.signIn.previewTitle', { title: view.title })}
      suggestedName={safeFileName(
        t('meetingsPrint.signIn.fileName', { title: view.title, date: compactDate(meeting.date) }),
      )}
      orientation="portrait"
      onClose={onClose}
    >
      <SignInSheetDocument view={view} />
    </PrintPreview>
  );
}
