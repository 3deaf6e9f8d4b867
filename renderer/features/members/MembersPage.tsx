import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Spin, Tabs, Typography } from 'antd';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { t } from '../../../shared/i18n';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../shared/members/membership';
import { AGE_BANDS } from '../../../shared/members/stats';
import { localToday } from '../../../shared/validation/date';
import { ExportMembersMenu } from './export/ExportMembersMenu';
import { ImportMembersDialog } from './import/ImportMembersDialog';
import { RosterPrintButton } from './print/RosterPrintButton';
import {
  buildRosterIndex,
  compareByName,
  DEFAULT_FILTER,
  departmentsOf,
  filterRosterIndex,
  type RosterFilter,
} from './roster-filter';
import type { MemberRow } from '../../db/members';
import { RosterTable } from './RosterTable';
import { useRoster } from './useMembers';

// Loaded when first used, so that opening the roster loads and draws only the list and its
// toolbar: the member form, the import and the statistics are a click away.
const MemberDrawer = lazy(() =>
  import('./MemberDrawer').then((m) => ({ default: m.MemberDrawer })),
);
const MemberCardPrintButton = lazy(() =>
  import('./print/MemberCardPrintButton').then((m) => ({ default: m.MemberCardPrintButton })),
);
const MemberStatsPanel = lazy(() =>
  import('./stats/MemberStatsPanel').then((m) => ({ default: m.MemberStatsPanel })),
);

const STATUSES: MemberStatus[] = ['active', 'reserved', 'left', 'notJoined'];

/** 会员: the roster and its statistics. */
export function MembersPage() {
  return (
    <Card>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'roster', label: t('members.tab.roster'), children: <Roster /> },
          {
            key: 'stats',
            label: t('members.tab.stats'),
            children: (
              <Suspense fallback={<Spin description={t('app.loading')} />}>
                <MemberStatsPanel />
              </Suspense>
            ),
          },
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

/** Whether a filter is the list's starting one (members on roll, nothing else). */
function isDefaultFilter(filter: RosterFilter): boolean {
  return (
    filter.query.trim() === '' &&
    filter.statuses.length === 1 &&
    filter.statuses[0] === 'active' &&
    filter.department === null &&
    filter.ageBand === null &&
    !filter.migrantWorker &&
    !filter.hardship &&
    !filter.representative &&
    !filter.women
  );
}

const NO_MEMBERS: MemberRow[] = [];

/**
 * The search box. It keeps its own text, so a keystroke renders the box and the list (one
 * render: filtering 50,000 members takes a few milliseconds) and not the other filters.
 */
const SearchBox = memo(function SearchBox({
  onQuery,
  inputRef,
}: {
  onQuery: (query: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const [value, setValue] = useState('');
  return (
    <Input.Search
      ref={(node) => {
        inputRef.current = node?.input ?? null;
      }}
      allowClear
      autoFocus
      aria-label={t('members.list.search')}
      placeholder={t('members.list.searchPlaceholder')}
      style={{ width: 320 }}
      value={value}
      onChange={(e) => {
        const query = e.target.value;
        setValue(query);
        onQuery(query);
      }}
    />
  );
});

/**
 * 新增会员, 导入, 导出 and 打印名册. Redrawn only when the list turns empty or loads, not on every
 * keystroke: export and print ask for the listed members when pressed.
 */
const RosterActions = memo(function RosterActions({
  getShown,
  empty,
  loading,
  onAdd,
  onImport,
}: {
  getShown: () => readonly MemberRow[];
  empty: boolean;
  loading: boolean;
  onAdd: () => void;
  onImport: () => void;
}) {
  return (
    <Space wrap>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {t('members.list.add')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={onImport}>
        {t('members.list.import')}
      </Button>
      <ExportMembersMenu getMembers={getShown} empty={empty} disabled={loading} />
      <RosterPrintButton getMembers={getShown} disabled={loading} />
    </Space>
  );
});

type Filters = Omit<RosterFilter, 'query'>;

/** The filters beside the search box; re-rendered only when one of them changes. */
const RosterFilters = memo(function RosterFilters({
  filters,
  departments,
  onChange,
}: {
  filters: Filters;
  departments: readonly string[];
  onChange: (patch: Partial<Filters>) => void;
}) {
  return (
    <>
      <Select<MemberStatus[]>
        mode="multiple"
        aria-label={t('members.list.status')}
        placeholder={t('members.list.anyStatus')}
        style={{ minWidth: 150 }}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses })}
        options={STATUSES.map((s) => ({ value: s, label: t(MEMBER_STATUS_LABELS[s]) }))}
      />
      <Select<string>
        allowClear
        showSearch
        aria-label={t('members.field.department')}
        placeholder={t('members.list.anyDepartment')}
        style={{ width: 160 }}
        value={filters.department ?? undefined}
        onChange={(department) => onChange({ department: department ?? null })}
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
        value={filters.ageBand ?? undefined}
        onChange={(ageBand) => onChange({ ageBand: ageBand ?? null })}
        options={AGE_BANDS.map((b) => ({ value: b.key, label: t(b.label) }))}
      />
      <Checkbox checked={filters.women} onChange={(e) => onChange({ women: e.target.checked })}>
        {t('members.list.flag.women')}
      </Checkbox>
      <Checkbox
        checked={filters.migrantWorker}
        onChange={(e) => onChange({ migrantWorker: e.target.checked })}
      >
        {t('members.list.flag.migrant')}
      </Checkbox>
      <Checkbox
        checked={filters.hardship}
        onChange={(e) => onChange({ hardship: e.target.checked })}
      >
        {t('members.list.flag.hardship')}
      </Checkbox>
      <Checkbox
        checked={filters.representative}
        onChange={(e) => onChange({ representative: e.target.checked })}
      >
        {t('members.list.flag.representative')}
      </Checkbox>
    </>
  );
});

const { query: _noQuery, ...DEFAULT_FILTERS } = DEFAULT_FILTER;

function Roster() {
  const { members, head } = useRoster();
  const [query, setQuery] = useState(DEFAULT_FILTER.query);
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const filter = useMemo<RosterFilter>(() => ({ ...filters, query }), [filters, query]);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const height = useTableHeight();
  const search = useRef<HTMLInputElement>(null);
  const today = localToday();

  const sorted = useMemo(() => (members ? [...members].sort(compareByName) : []), [members]);
  const index = useMemo(() => buildRosterIndex(sorted), [sorted]);
  const shown = useMemo(() => filterRosterIndex(index, filter, today), [index, filter, today]);
  const departments = useMemo(() => departmentsOf(sorted), [sorted]);
  const changeFilters = useCallback(
    (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch })),
    [],
  );
  const open = useCallback((id: string) => setEditing({ id }), []);
  const add = useCallback(() => setEditing({ id: null }), []);
  const startImport = useCallback(() => setImporting(true), []);
  // What export and print take when pressed: the list as shown at that moment.
  const shownNow = useRef<readonly MemberRow[]>(shown);
  useEffect(() => {
    shownNow.current = shown;
  }, [shown]);
  const getShown = useCallback(() => shownNow.current, []);

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

  // Until every member has loaded, the first screen comes from the head: the right rows for
  // the starting filter, with 正在读取 in place of the counts.
  const loading = !members;
  const rows = members ? shown : head && isDefaultFilter(filter) ? head.active : NO_MEMBERS;

  // The page is drawn at once; until the head is in, the list says it is loading.
  return (
    <div className="roster">
      <Space wrap className="roster-toolbar">
        <SearchBox onQuery={setQuery} inputRef={search} />
        <RosterFilters filters={filters} departments={departments} onChange={changeFilters} />
      </Space>
      <div className="roster-bar">
        {/* data-query: the query the list shows results for (the benchmark waits on it). */}
        <Typography.Text data-testid="roster-count" data-query={loading ? '' : filter.query}>
          {members
            ? t('members.list.count', { shown: shown.length, total: members.length })
            : t('members.list.loading')}
        </Typography.Text>
        <RosterActions
          getShown={getShown}
          empty={shown.length === 0}
          loading={loading}
          onAdd={add}
          onImport={startImport}
        />
      </div>
      <RosterTable members={rows} height={height} onOpen={open} loading={loading} />
      <Suspense fallback={null}>
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
      </Suspense>
    </div>
  );
}
