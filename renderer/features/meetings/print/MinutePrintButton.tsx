import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { compactDate } from '../../../print/page';
import { PrintPreview } from '../../../print/PrintPreview';
import { safeFileName } from '../../members/export/names';
import { useProfile } from '../../profile/useProfile';
import { useMeeting, useMeetingRules } from '../useMeetings';
import { MinuteDocument } from './MinuteDocument';
import { minuteView } from './minute-print';

/** 打印会议记录: the minute with its addenda on A4 portrait, in a print preview first. */
export function MinutePrintButton({ meetingId }: { meetingId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(true)}>
        {t('meetingsPrint.minute.button')}
      </Button>
      {open ? <MinutePreview meetingId={meetingId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function MinutePreview({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const loaded = useMeeting(meetingId);
  const rules = useMeetingRules();
  const profile = useProfile();
  const unionName = profile.status === 'ready' ? (profile.profile?.unionName ?? '') : '';
  const view = useMemo(
    () => (loaded && rules ? minuteView(loaded.meeting, loaded.addenda, rules, unionName) : null),
    [loaded, rules, unionName],
  );

  useEffect(() => {
    if (loaded !== null) return;
    void message.error(t('meetings.error.missing'));
    onClose();
  }, [loaded, message, onClose]);

  if (!view || !loaded || profile.status === 'loading') return null;
  return (
    <PrintPreview
      title={t('meetingsPrint.minute.previewTitle', { title: view.title })}
      suggestedName={safeFileName(
        t('meetingsPrint.minute.fileName', {
          title: view.title,
          date: compactDate(loaded.meeting.date),
        }),
      )}
      orientation="portrait"
      onClose={onClose}
    >
      <MinuteDocument view={view} />
    </PrintPreview>
  );
}
