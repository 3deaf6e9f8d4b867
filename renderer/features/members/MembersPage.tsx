import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../shared/members/membership';
import { AGE_BANDS } from '../../../shared/members/stats';
import { localToday } from '../../../shared/validation/date';
import { ExportMembersMenu } from './export/ExportMembersMenu';
import { ImportMembersDialog } from './import/ImportMembersDialog';
import { MemberDrawer } from './MemberDrawer';
import { MemberCardPrintButton } from './print/MemberCardPrintButton';
import { RosterPrintButton } from './print/RosterPrintButton';
import {
  compareByName,
  DEFAULT_FILTER,
  departmentsOf,
  filterRoster,
  type RosterFilter,
} from './roster-filter';
import { RosterTable } from './RosterTable';
import { MemberStatsPanel } from './stats/MemberStatsPanel';
import { useMembers } from './useMembers';

const STATUSES: MemberStatus[] = ['active', 'reserved', 'left', 'notJoined'];

/** 会员: the roster and its statistics. */
export function MembersPage() {
  return (
    <Card>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'roster', label: t('members.tab.roster'), children: <Roster /> },
          { key: 'stats', label: t('members.tab.stats'), children: <MemberStatsPanel /> },
        ]}
      />
    </Card>
  );
}

/** The table's height: the window minus the page chrome, so the list scrolls, not the page. */
function useTableHeight(): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - 360));
  useEffect(() => {
    const update = () => setHeight(Math.max(320, window.innerHeight - 360));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}

function Roster() {
  const members = useMembers();
  const [filter, setFilter] = useState<RosterFilter>(DEFAULT_FILTER);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const deferred = useDeferredValue(filter);
  const height = useTableHeight();
  const search = useRef<HTMLInputElement>(null);
  const today = localToday();

  const sorted = useMemo(() => (members ? [...members].sort(compareByName) : []), [members]);
  const shown = useMemo(() => filterRoster(sorted, deferred, today), [sorted, deferred, today]);
  const departments = useMemo(() => departmentsOf(sorted), [sorted]);
  const set = (patch: Partial<RosterFilter>) => setFilter((f) => ({ ...f, ...patch }));

  useEffect(() => {
    // Ctrl+F / ⌘F jumps to the search box, as in every office program.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!members) {
    return (
      <div className="dialog-busy">
        <Spin description={t('members.list.loading')} />
      </div>
    );
  }
  return (
    <div className="roster">
      <Space wrap className="roster-toolbar">
        <Input.Search
          ref={(node) => {
            search.current = node?.input ?? null;
          }}
          allowClear
          autoFocus
          aria-label={t('members.list.search')}
          placeholder={t('members.list.searchPlaceholder')}
          style={{ width: 320 }}
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <Select<MemberStatus[]>
          mode="multiple"
          aria-label={t('members.list.status')}
          placeholder={t('members.list.anyStatus')}
          style={{ minWidth: 150 }}
          value={filter.statuses}
          onChange={(statuses) => set({ statuses })}
          options={STATUSES.map((s) => ({ value: s, label: t(MEMBER_STATUS_LABELS[s]) }))}
        />
        <Select<string>
          allowClear
          showSearch
          aria-label={t('members.field.department')}
          placeholder={t('members.list.anyDepartment')}
          style={{ width: 160 }}
          value={filter.department ?? undefined}
          onChange={(department) => set({ department: department ?? null })}
          options={departments.map((d) => ({
            value: d,
            label: d || t('members.list.noDepartment'),
          }))}
        />
        <Select<string>
          allowClear
          aria-label={t('members.list.ageBand')}
          placeholder={t('members.list.anyAge')}
          style={{ width: 130 }}
          value={filter.ageBand ?? undefined}
          onChange={(ageBand) => set({ ageBand: ageBand ?? null })}
          options={AGE_BANDS.map((b) => ({ value: b.key, label: t(b.label) }))}
        />
        <Checkbox checked={filter.women} onChange={(e) => set({ women: e.target.checked })}>
          {t('members.list.flag.women')}
        </Checkbox>
        <Checkbox
          checked={filter.migrantWorker}
          onChange={(e) => set({ migrantWorker: e.target.checked })}
        >
          {t('members.list.flag.migrant')}
        </Checkbox>
        <Checkbox checked={filter.hardship} onChange={(e) => set({ hardship: e.target.checked })}>
          {t('members.list.flag.hardship')}
        </Checkbox>
        <Checkbox
          checked={filter.representative}
          onChange={(e) => set({ representative: e.target.checked })}
        >
          {t('members.list.flag.representative')}
        </Checkbox>
      </Space>
      <div className="roster-bar">
        {/* data-query: the query the list shows results for (the benchmark waits on it). */}
        <Typography.Text data-testid="roster-count" data-query={deferred.query}>
          {t('members.list.count', { shown: shown.length, total: members.length })}
        </Typography.Text>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
            {t('members.list.add')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('members.list.import')}
          </Button>
          <ExportMembersMenu members={shown} />
          <RosterPrintButton members={shown} />
        </Space>
      </div>
      <RosterTable members={shown} height={height} onOpen={(id) => setEditing({ id })} />
      {editing ? (
        <MemberDrawer
          key={editing.id ?? 'new'}
          memberId={editing.id}
          onClose={() => setEditing(null)}
          onOpenMember={(id) => setEditing({ id })}
          extra={(member) => <MemberCardPrintButton memberId={member.id} />}
        />
      ) : null}
      {importing ? <ImportMembersDialog open onClose={() => setImporting(false)} /> : null}
    </div>
  );
}
