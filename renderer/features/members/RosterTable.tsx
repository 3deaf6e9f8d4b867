import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo, useCallback, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { MEMBER_STATUS_LABELS } from '../../../shared/members/membership';
import { SEXES } from '../../../shared/members/options';
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask';
import type { MemberRow } from '../../db/members';

const STATUS_COLORS: Record<MemberRow['status'], string | undefined> = {
  active: 'green',
  reserved: 'orange',
  left: undefined,
  notJoined: 'blue',
};

function sexLabel(sex: MemberRow['sex']): string {
  const option = SEXES.find((s) => s.value === sex);
  return option ? t(option.label) : '';
}

/**
 * The roster as a virtualised table: only the rows in view are rendered, so 50,000 members
 * scroll smoothly. ID numbers and phones are masked; the eye button reveals one row at a time.
 * Memoised, with stable columns: typing in the search box re-renders it only when the rows
 * shown change.
 */
export const RosterTable = memo(function RosterTable({
  members,
  height,
  onOpen,
  loading = false,
}: {
  members: MemberRow[];
  height: number;
  onOpen: (id: string) => void;
  /** The roster is still loading: `members` is its first screen at most. */
  loading?: boolean;
}) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const columns = useMemo(() => rosterColumns(revealed, setRevealed, onOpen), [revealed, onOpen]);
  const scroll = useMemo(() => ({ x: 1200, y: height }), [height]);
  const locale = useMemo(
    () => ({ emptyText: loading ? t('members.list.loading') : t('members.list.empty') }),
    [loading],
  );
  // Rows are keyed by their place in the list, not by member: when a search changes which
  // members are listed, the rows on screen are updated in place instead of being replaced.
  const rowKey = useMemo(() => {
    const places = new Map<MemberRow, number>();
    members.forEach((m, i) => places.set(m, i));
    return (m: MemberRow) => places.get(m) ?? m.id;
  }, [members]);
  const onRow = useCallback((m: MemberRow) => ({ onDoubleClick: () => onOpen(m.id) }), [onOpen]);
  return (
    <Table<MemberRow>
      virtual
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={members}
      pagination={false}
      scroll={scroll}
      locale={locale}
      data-testid="roster-table"
      onRow={onRow}
    />
  );
});

function rosterColumns(
  revealed: string | null,
  setRevealed: (id: string | null) => void,
  onOpen: (id: string) => void,
): ColumnsType<MemberRow> {
  return [
    {
      title: t('members.field.name'),
      dataIndex: 'name',
      width: 120,
      fixed: 'left',
      render: (name: string, m) => (
        <Button type="link" size="small" className="link-cell" onClick={() => onOpen(m.id)}>
          {name}
        </Button>
      ),
    },
    { title: t('members.field.sex'), dataIndex: 'sex', width: 60, render: sexLabel },
    {
      title: t('members.field.docNumber'),
      dataIndex: 'docNumber',
      width: 230,
      render: (value: string, m) => {
        const shown = revealed === m.id;
        return (
          <span className="id-cell">
            <span className="mono">{shown ? value : maskIdNumber(value)}</span>
            <Tooltip title={shown ? t('members.list.hide') : t('members.list.reveal')}>
              <Button
                type="text"
                size="small"
                aria-label={shown ? t('members.list.hide') : t('members.list.reveal')}
                icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />}
                onClick={() => setRevealed(shown ? null : m.id)}
              />
            </Tooltip>
          </span>
        );
      },
    },
    {
      title: t('members.field.mobile'),
      dataIndex: 'mobile',
      width: 130,
      render: (value: string | undefined, m) =>
        value ? <span className="mono">{revealed === m.id ? value : maskPhone(value)}</span> : '',
    },
    { title: t('members.field.department'), dataIndex: 'department', width: 140, ellipsis: true },
    { title: t('members.field.memberNo'), dataIndex: 'memberNo', width: 120, ellipsis: true },
    { title: t('members.field.joinedOn'), dataIndex: 'joinedOn', width: 110 },
    {
      title: t('members.list.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: MemberRow['status']) => (
        <Tag color={STATUS_COLORS[status]}>{t(MEMBER_STATUS_LABELS[status])}</Tag>
      ),
    },
    {
      title: t('members.list.flags'),
      key: 'flags',
      render: (_: unknown, m) => (
        <>
          {m.migrantWorker ? <Tag>{t('members.list.flag.migrant')}</Tag> : null}
          {m.hardship ? <Tag color="volcano">{t('members.list.flag.hardship')}</Tag> : null}
          {m.representative ? (
            <Tag color="geekblue">{t('members.list.flag.representative')}</Tag>
          ) : null}
          {m.modelWorker ? <Tag color="gold">{t('members.list.flag.modelWorker')}</Tag> : null}
        </>
      ),
    },
  ];
}
