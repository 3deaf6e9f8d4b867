import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FileAddOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  List,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { verifyMinute } from '../../../shared/meetings/hash';
import { VOTE_METHOD_LABELS } from '../../../shared/meetings/labels';
import { presentCount, type Meeting, type MeetingAddendum } from '../../../shared/meetings/model';
import { meetingTypeLabel, type MeetingRules } from '../../../shared/meetings/rules';
import { AttachmentField } from '../attachments/AttachmentField';
import { useLedgerEntriesForMeeting } from '../ledger/useLedger';
import { MinutePrintButton, SignInSheetPrintButton } from './print';
import { AddendumDialog } from './AddendumDialog';
import { STATUS_COLORS } from './status';
import { SignDialog } from './SignDialog';
import { useMeetingActions } from './useMeetingActions';
import { useMeeting } from './useMeetings';
import { quorumView, voteView } from './verdict-view';
import { VerdictTag } from './VerdictTag';

const none = () => t('meetingsUi.detail.none');

/** One minute as read: its verdicts, its signature check, addenda, print and the next step. */
export function MeetingDetail({
  meetingId,
  rules,
  navigate,
}: {
  meetingId: string;
  rules: MeetingRules;
  navigate: (...parts: string[]) => void;
}) {
  const loaded = useMeeting(meetingId);
  if (loaded === undefined) return <Spin />;
  if (loaded === null) {
    return (
      <Card>
        <Empty description={t('meetingsUi.detail.notFound')}>
          <Button onClick={() => navigate()}>{t('meetingsUi.detail.back')}</Button>
        </Empty>
      </Card>
    );
  }
  return (
    <Detail meeting={loaded.meeting} addenda={loaded.addenda} rules={rules} navigate={navigate} />
  );
}

function Detail({
  meeting,
  addenda,
  rules,
  navigate,
}: {
  meeting: Meeting;
  addenda: MeetingAddendum[];
  rules: MeetingRules;
  navigate: (...parts: string[]) => void;
}) {
  const { message } = App.useApp();
  const actions = useMeetingActions();
  const [dialog, setDialog] = useState<'sign' | 'addendum' | null>(null);
  const ledger = useLedgerEntriesForMeeting(meeting.id);
  const signed = meeting.status === 'signed';
  const hash = verifyMinute(meeting);
  const quorum = quorumView(rules, meeting);
  const time = [meeting.startTime, meeting.endTime].filter(Boolean).join(' – ');

  const remove = async () => {
    const entry = await actions.remove(meeting.id);
    void message.success(t('meetingsUi.detail.deleted', { label: entry.label }));
    navigate();
  };

  return (
    <Card
      data-testid="meeting-detail"
      title={
        <Space wrap>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('meetingsUi.detail.back')}
            onClick={() => navigate()}
          />
          <span>{meeting.title}</span>
          <Tag color={STATUS_COLORS[meeting.status]} data-testid="meeting-status">
            {t(`meetingsUi.status.${meeting.status}`)}
          </Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <SignInSheetPrintButton meetingId={meeting.id} />
          {meeting.status !== 'planned' ? <MinutePrintButton meetingId={meeting.id} /> : null}
          {meeting.status === 'planned' ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate(meeting.id, 'edit')}
            >
              {t('meetingsUi.detail.record')}
            </Button>
          ) : null}
          {meeting.status === 'draft' ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => navigate(meeting.id, 'edit')}>
                {t('meetingsUi.detail.edit')}
              </Button>
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                onClick={() => setDialog('sign')}
              >
                {t('meetingsUi.detail.sign')}
              </Button>
            </>
          ) : null}
          {signed ? (
            <Button icon={<FileAddOutlined />} onClick={() => setDialog('addendum')}>
              {t('meetingsUi.detail.addendum')}
            </Button>
          ) : null}
          <Popconfirm
            title={t('meetingsUi.detail.deleteConfirm')}
            okText={t('meetingsUi.detail.delete')}
            cancelText={t('meetingsUi.save.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void remove()}
          >
            <Button danger icon={<DeleteOutlined />} aria-label={t('meetingsUi.detail.delete')} />
          </Popconfirm>
        </Space>
      }
    >
      {meeting.status === 'planned' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('meetingsUi.detail.planned')}
        />
      ) : null}
      {signed && meeting.signature ? (
        <Alert
          type={hash === 'ok' ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="meeting-hash"
          data-state={hash}
          title={hash === 'ok' ? t('meetingsUi.hash.ok') : t('meetingsUi.hash.mismatch')}
          description={t('meetingsUi.hash.signedBy', {
            chair: meeting.signature.chair,
            recorder: meeting.signature.recorder,
            date: meeting.signature.signedOn,
          })}
        />
      ) : null}

      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('meetingsUi.field.type')}>
          {meetingTypeLabel(rules, meeting.type)}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.field.date')}>{meeting.date}</Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.detail.time')}>{time || none()}</Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.field.place')}>
          {meeting.place || none()}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.field.chair')}>
          {meeting.chair?.name ?? none()}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.field.recorder')}>
          {meeting.recorder?.name ?? none()}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.col.attendance')}>
          {meeting.expected.count} /{' '}
          {meeting.status === 'planned' ? '—' : presentCount(meeting.attendance)}
          {meeting.expected.reason ? `（${meeting.expected.reason}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.col.quorum')}>
          <VerdictTag view={quorum} testId="meeting-quorum" /> {quorum.text}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.detail.absentees')} span={2}>
          {meeting.absentees.length
            ? meeting.absentees
                .map((a) => (a.reason ? `${a.name}（${a.reason}）` : a.name))
                .join('、')
            : none()}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetingsUi.field.observers')} span={2}>
          {meeting.observers.join('、') || none()}
        </Descriptions.Item>
        {meeting.attendance.mode === 'roster' && meeting.attendance.present.length ? (
          <Descriptions.Item label={t('meetingsUi.detail.presentList')} span={2}>
            {meeting.attendance.present.map((p) => p.name).join('、')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>

      <h3 className="section-heading">{t('meetingsUi.form.items')}</h3>
      {meeting.items.length === 0 ? <Empty description={t('meetingsUi.item.none')} /> : null}
      <ol className="meeting-items">
        {meeting.items.map((item, index) => {
          const view = voteView(rules, item, meeting);
          return (
            <li key={item.id} data-testid={`meeting-item-view-${index}`}>
              <Typography.Title level={5}>{item.title}</Typography.Title>
              {item.tags.length ? (
                <div>
                  {item.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </div>
              ) : null}
              {item.discussion ? (
                <Typography.Paragraph className="pre-wrap">{item.discussion}</Typography.Paragraph>
              ) : null}
              {item.vote && view ? (
                <Typography.Paragraph>
                  {t(VOTE_METHOD_LABELS[item.vote.method])}：{t('meetingsUi.item.for')}{' '}
                  {item.vote.for}，{t('meetingsUi.item.against')} {item.vote.against}，
                  {t('meetingsUi.item.abstain')} {item.vote.abstain}{' '}
                  <VerdictTag view={view} testId={`meeting-item-verdict-${index}`} />
                </Typography.Paragraph>
              ) : null}
              {item.resolution ? (
                <Typography.Paragraph strong className="pre-wrap">
                  {t('meetingsUi.item.resolution')}：{item.resolution}
                </Typography.Paragraph>
              ) : null}
            </li>
          );
        })}
      </ol>
      {meeting.closing ? (
        <Typography.Paragraph className="pre-wrap">{meeting.closing}</Typography.Paragraph>
      ) : null}

      {meeting.attachmentIds.length ? (
        <>
          <h3 className="section-heading">{t('meetingsUi.form.attachments')}</h3>
          <AttachmentField value={meeting.attachmentIds} onChange={() => undefined} disabled />
        </>
      ) : null}

      {signed ? (
        <>
          <h3 className="section-heading">{t('meetingsUi.detail.addenda')}</h3>
          {addenda.length === 0 ? (
            <Typography.Text type="secondary">{none()}</Typography.Text>
          ) : (
            <List
              data-testid="meeting-addenda"
              dataSource={addenda}
              renderItem={(addendum) => (
                <List.Item>
                  <List.Item.Meta
                    title={t('meetingsUi.detail.addendumBy', {
                      date: addendum.date,
                      author: addendum.author || none(),
                    })}
                    description={<span className="pre-wrap">{addendum.text}</span>}
                  />
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}

      {ledger && ledger.length ? (
        <>
          <h3 className="section-heading">{t('meetingsUi.detail.ledger')}</h3>
          <List
            size="small"
            dataSource={ledger}
            renderItem={(entry) => (
              <List.Item>
                <a href={`#/ledger/${entry.id}`}>
                  {entry.date} {entry.title}
                </a>
              </List.Item>
            )}
          />
        </>
      ) : null}

      {dialog === 'sign' ? (
        <SignDialog meeting={meeting} rules={rules} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'addendum' ? (
        <AddendumDialog meeting={meeting} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
