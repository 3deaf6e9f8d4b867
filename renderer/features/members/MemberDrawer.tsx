import {
  App,
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import {
  MEMBERSHIP_EVENT_LABELS,
  MEMBERSHIP_EVENT_TYPES,
  type MembershipEventType,
} from '../../../shared/members/membership';
import {
  emptyMemberDraft,
  toMemberDraft,
  type MemberDraft,
  type MemberField,
} from '../../../shared/members/model';
import { validateMember } from '../../../shared/members/validate';
import { localToday } from '../../../shared/validation/date';
import type { MemberRow, MembershipEventRow } from '../../db/members';
import { MemberForm } from './MemberForm';
import { useMemberActions } from './useMemberActions';
import { useMember } from './useMembers';

/**
 * Add (memberId null) or edit one member: the real-name form, the membership history with its
 * changes, and deletion to the 回收站. Keyed by member in the parent, so it starts fresh each time.
 */
export function MemberDrawer({
  memberId,
  onClose,
  onOpenMember,
  extra,
}: {
  memberId: string | null;
  onClose: () => void;
  onOpenMember: (id: string) => void;
  /** Extra header buttons for an existing member (e.g. print the 会员登记表). */
  extra?: (member: MemberRow) => ReactNode;
}) {
  const loaded = useMember(memberId);
  const title = memberId ? t('members.form.editTitle') : t('members.form.addTitle');
  return (
    <Drawer
      open
      width={860}
      title={loaded?.member ? `${title}：${loaded.member.name}` : title}
      onClose={onClose}
      destroyOnHidden
      extra={loaded?.member && extra ? extra(loaded.member) : null}
    >
      {memberId && loaded === undefined ? null : memberId && loaded === null ? (
        <Alert type="warning" showIcon title={t('members.error.missing')} />
      ) : (
        <MemberEditor
          member={loaded?.member ?? null}
          events={loaded?.events ?? []}
          onDone={onClose}
          onOpenMember={onOpenMember}
        />
      )}
    </Drawer>
  );
}

function MemberEditor({
  member,
  events,
  onDone,
  onOpenMember,
}: {
  member: MemberRow | null;
  events: MembershipEventRow[];
  onDone: () => void;
  onOpenMember: (id: string) => void;
}) {
  const actions = useMemberActions();
  const { message, modal } = App.useApp();
  const [draft, setDraft] = useState<MemberDraft>(() =>
    member ? toMemberDraft(member) : emptyMemberDraft(),
  );
  const [touched, setTouched] = useState<Set<MemberField> | 'all'>(() => new Set());
  const [duplicate, setDuplicate] = useState<{ id: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const today = localToday();
  const check = useMemo(() => validateMember(draft, { today }), [draft, today]);

  const change = (patch: Partial<MemberDraft>, field: MemberField) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((s) => (s === 'all' ? s : new Set(s).add(field)));
    setDuplicate(null);
  };

  const save = async () => {
    setTouched('all');
    if (!check.data) {
      void message.error(
        t('members.error.invalid', { count: Object.keys(check.fieldErrors).length }),
      );
      const first = Object.keys(check.fieldErrors)[0];
      if (first) document.getElementById(`member-${first}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await actions.save(draft, member?.id);
      if (result.ok) {
        void message.success(t('members.form.saved', { name: result.member.name }));
        onDone();
      } else if (result.reason === 'duplicate') {
        setDuplicate({ id: result.existingId, message: result.message });
      } else {
        void message.error(result.message);
      }
    } finally {
      setSaving(false);
    }
  };

  const remove = () => {
    if (!member) return;
    modal.confirm({
      title: t('members.form.deleteTitle', { name: member.name }),
      content: t('members.form.deleteBody'),
      okText: t('members.form.delete'),
      okButtonProps: { danger: true },
      cancelText: t('backup.action.cancel'),
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          await actions.remove(member.id);
          void message.success(t('recycle.moved', { label: member.name, days: 30 }));
          onDone();
        } catch (error) {
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  };

  return (
    <Form layout="vertical" onFinish={() => void save()} data-testid="member-form">
      {duplicate ? (
        <Alert
          type="error"
          showIcon
          className="form-note"
          title={duplicate.message}
          action={
            <Button size="small" onClick={() => onOpenMember(duplicate.id)}>
              {t('members.form.openExisting')}
            </Button>
          }
        />
      ) : null}
      <MemberForm draft={draft} check={check} touched={touched} onChange={change} />
      <Space className="drawer-actions">
        <Button type="primary" htmlType="submit" loading={saving} data-testid="member-save">
          {t('members.form.save')}
        </Button>
        <Button onClick={onDone}>{t('backup.action.cancel')}</Button>
        {member ? (
          <Button danger onClick={remove}>
            {t('members.form.delete')}
          </Button>
        ) : null}
      </Space>
      {member ? <MembershipHistory member={member} events={events} /> : null}
    </Form>
  );
}

function MembershipHistory({
  member,
  events,
}: {
  member: MemberRow;
  events: MembershipEventRow[];
}) {
  const actions = useMemberActions();
  const { message } = App.useApp();
  const [type, setType] = useState<MembershipEventType>('transferOut');
  const [date, setDate] = useState(localToday());
  const [reason, setReason] = useState('');
  const add = async () => {
    const result = await actions.addEvent(member.id, { type, date, reason });
    if (result.ok) {
      void message.success(t('members.event.added'));
      setReason('');
    } else void message.error(result.message);
  };
  return (
    <section className="member-history">
      <Typography.Title level={5}>{t('members.event.title')}</Typography.Title>
      <Table<MembershipEventRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={events}
        locale={{ emptyText: t('members.event.none') }}
        columns={[
          { title: t('members.event.date'), dataIndex: 'date', width: 120 },
          {
            title: t('members.event.type'),
            dataIndex: 'type',
            width: 110,
            render: (v: MembershipEventType) => t(MEMBERSHIP_EVENT_LABELS[v]),
          },
          { title: t('members.event.reason'), dataIndex: 'reason' },
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, e) => (
              <Popconfirm
                title={t('members.event.deleteConfirm')}
                okText={t('members.event.delete')}
                cancelText={t('backup.action.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => actions.deleteEvent(e.id)}
              >
                <Button type="link" size="small" danger>
                  {t('members.event.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Space wrap className="event-add">
        <Select<MembershipEventType>
          aria-label={t('members.event.type')}
          value={type}
          style={{ width: 120 }}
          onChange={setType}
          options={MEMBERSHIP_EVENT_TYPES.map((v) => ({
            value: v,
            label: t(MEMBERSHIP_EVENT_LABELS[v]),
          }))}
        />
        <DatePicker
          aria-label={t('members.event.date')}
          value={dayjs(date)}
          allowClear={false}
          onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))}
        />
        <Input
          aria-label={t('members.event.reason')}
          placeholder={t('members.event.reasonPlaceholder')}
          value={reason}
          style={{ width: 240 }}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button onClick={() => void add()}>{t('members.event.add')}</Button>
      </Space>
    </section>
  );
}
