import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import type { Meeting } from '../../../shared/meetings/model';
import { localToday } from '../../../shared/validation/date';
import { useMeetingActions } from './useMeetingActions';
import { useMeetingCommand } from './useMeetingCommand';

/** 补充说明: a dated correction kept under a signed minute, which itself stays as signed. */
export function AddendumDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const actions = useMeetingActions();
  const [date, setDate] = useState(localToday());
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(meeting.recorder?.name ?? '');

  const command = useMeetingCommand(t('meetingsUi.addendum.done'), onClose);
  const add = () => command.run(() => actions.addAddendum(meeting.id, { date, text, author }));

  return (
    <Modal
      open
      title={t('meetingsUi.addendum.title')}
      okText={t('meetingsUi.addendum.save')}
      cancelText={t('meetingsUi.save.cancel')}
      okButtonProps={{ disabled: text.trim() === '', loading: command.busy }}
      onOk={() => void add()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('meetingsUi.addendum.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('meetingsUi.addendum.date')} htmlFor="addendum-date" required>
          <DatePicker
            id="addendum-date"
            allowClear={false}
            value={dayjs(date)}
            onChange={(value) => value && setDate(value.format('YYYY-MM-DD'))}
          />
        </Form.Item>
        <Form.Item label={t('meetingsUi.addendum.text')} htmlFor="addendum-text" required>
          <Input.TextArea
            id="addendum-text"
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={5000}
            placeholder={t('meetingsUi.addendum.textPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('meetingsUi.addendum.author')} htmlFor="addendum-author">
          <Input id="addendum-author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
