import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { render, t } from '../../../shared/i18n';
import { checkMeeting } from '../../../shared/meetings/check';
import type { Meeting } from '../../../shared/meetings/model';
import type { MeetingRules } from '../../../shared/meetings/rules';
import { localToday } from '../../../shared/validation/date';
import { useMeetingActions } from './useMeetingActions';
import { useMeetingCommand } from './useMeetingCommand';
import { useExpectedProposal } from './useMeetings';

/**
 * 签署: names the chair and recorder and the date, says plainly that the minute locks, and lists
 * what is still missing instead of letting an incomplete minute be signed.
 */
export function SignDialog({
  meeting,
  rules,
  onClose,
}: {
  meeting: Meeting;
  rules: MeetingRules;
  onClose: () => void;
}) {
  const actions = useMeetingActions();
  const proposal = useExpectedProposal(rules, meeting.type, meeting.date);
  const [chair, setChair] = useState(meeting.chair?.name ?? '');
  const [recorder, setRecorder] = useState(meeting.recorder?.name ?? '');
  const [signedOn, setSignedOn] = useState(localToday());
  const check = checkMeeting(meeting, { rules, membersOnRoll: proposal?.membersOnRoll ?? 0 });
  const missing = check.toSign;
  const ready = missing.length === 0 && chair.trim() !== '' && recorder.trim() !== '';

  const command = useMeetingCommand(t('meetingsUi.sign.done'), onClose);
  const sign = () => command.run(() => actions.sign(meeting.id, { chair, recorder, signedOn }));

  return (
    <Modal
      open
      title={t('meetingsUi.sign.title')}
      okText={t('meetingsUi.sign.confirm')}
      cancelText={t('meetingsUi.save.cancel')}
      okButtonProps={{ disabled: !ready, loading: command.busy, danger: true }}
      onOk={() => void sign()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('meetingsUi.sign.intro')}</Typography.Paragraph>
      {missing.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('meetingsUi.sign.missing')}
          description={
            <ul className="plain-list">
              {missing.map((p) => (
                <li key={p.field + p.message.key}>{render(p.message)}</li>
              ))}
            </ul>
          }
          data-testid="sign-missing"
        />
      ) : null}
      <Form layout="vertical" component="div">
        <Form.Item label={t('meetingsUi.field.chair')} htmlFor="sign-chair" required>
          <Input id="sign-chair" value={chair} onChange={(e) => setChair(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('meetingsUi.field.recorder')} htmlFor="sign-recorder" required>
          <Input
            id="sign-recorder"
            value={recorder}
            onChange={(e) => setRecorder(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('meetingsUi.sign.date')} htmlFor="sign-date" required>
          <DatePicker
            id="sign-date"
            allowClear={false}
            value={dayjs(signedOn)}
            onChange={(value) => value && setSignedOn(value.format('YYYY-MM-DD'))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
