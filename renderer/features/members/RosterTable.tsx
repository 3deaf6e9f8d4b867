import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { memo, useCallback, useMemo, useState, type CSSProperties, type UIEvent } from 'react';
import { t } from '../../../shared/i18n';
import { MEMBER_STATUS_LABELS } from '../../../shared/members/membership';
import { SEXES } from '../../../shared/members/options';
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask';
import type { MemberRow } from '../../db/members';
import './roster-table.css';

/** Height of one row in px: antd's small table (8 px padding, 22 px line, 1 px rule). */
const ROW_HEIGHT = 39;
/**
 * Rows rendered beyond each edge of the window, so a quick scroll shows no gap. Few: every row
 * drawn is laid out again when a search changes what is listed.
 */
const OVERSCAN = 2;
/** Column widths in px; the last (flags) takes the rest. The name column stays in view. */
const COLUMN_WIDTHS = [120, 60, 230, 130, 140, 120, 110, 90];
const MIN_WIDTH = 1200;
const FLAGS_MIN_WIDTH = MIN_WIDTH - COLUMN_WIDTHS.reduce((sum, w) => sum + w, 0);
const GRID_COLUMNS = [
  ...COLUMN_WIDTHS.map((w) => `${w}px`),
  `minmax(${FLAGS_MIN_WIDTH}px, 1fr)`,
].join(' ');

type TagColor = 'green' | 'orange' | 'blue' | 'volcano' | 'geekblue' | 'gold';
const TAG_COLORS: readonly TagColor[] = ['green', 'orange', 'blue', 'volcano', 'geekblue', 'gold'];

const STATUS_COLORS: Record<MemberRow['status'], TagColor | undefined> = {
  active: 'green',
  reserved: 'orange',
  left: undefined,
  notJoined: 'blue',
};

const SEX_LABELS = new Map(SEXES.map((s) => [s.value, s.label]));

// One element each, shared by every row: React skips redrawing an element it has seen before.
const REVEAL_ICON = <EyeOutlined />;
const HIDE_ICON = <EyeInvisibleOutlined />;

function sexLabel(sex: MemberRow['sex']): string {
  const label = SEX_LABELS.get(sex);
  return label ? t(label) : '';
}

function Tag({ color, children }: { color?: TagColor | undefined; children: string }) {
  return (
    <span className={color ? `roster-tag roster-tag-${color}` : 'roster-tag'}>{children}</span>
  );
}

/** The theme's colours as the CSS variables roster-table.css reads. */
function useThemeVariables(): CSSProperties {
  const { token } = theme.useToken();
  return useMemo(() => {
    const palette = token as unknown as Record<string, string>;
    const variables: Record<string, string> = {
      '--rt-bg': token.colorBgContainer,
      '--rt-text': token.colorText,
      '--rt-secondary': token.colorTextSecondary,
      '--rt-heading': token.colorTextHeading,
      '--rt-head-bg': token.colorFillAlter,
      '--rt-hover-bg': token.colorFillAlter,
      '--rt-border': token.colorBorderSecondary,
      '--rt-split': token.colorSplit,
      '--rt-radius': `${token.borderRadiusLG}px`,
      '--rt-link': token.colorLink,
      '--rt-link-hover': token.colorLinkHover,
      '--rt-focus': token.colorPrimaryBorder,
      '--rt-text-hover-bg': token.colorBgTextHover,
      '--rt-tag-bg': token.colorFillQuaternary,
      '--rt-row-height': `${ROW_HEIGHT}px`,
      '--rt-columns': GRID_COLUMNS,
      '--rt-min-width': `${MIN_WIDTH}px`,
    };
    for (const color of TAG_COLORS) {
      variables[`--rt-${color}-bg`] = palette[`${color}1`] ?? '';
      variables[`--rt-${color}-text`] = palette[`${color}7`] ?? '';
    }
    return variables as CSSProperties;
  }, [token]);
}

interface RowProps {
  member: MemberRow;
  /** Place in the list, from 0. */
  index: number;
  revealed: boolean;
  onOpen: (id: string) => void;
  onReveal: (id: string | null) => void;
}

/**
 * One member: plain elements only (no antd components per row), so that the list re-renders
 * in a few milliseconds when a search changes every row on screen.
 */
const RosterRow = memo(function RosterRow({
  member: m,
  index,
  revealed,
  onOpen,
  onReveal,
}: RowProps) {
  const revealLabel = revealed ? t('members.list.hide') : t('members.list.reveal');
  const status = STATUS_COLORS[m.status];
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="roster-row roster-grid"
      style={{ top: index * ROW_HEIGHT }}
      onDoubleClick={() => onOpen(m.id)}
    >
      <div role="cell" className="roster-cell">
        <button type="button" className="roster-link" onClick={() => onOpen(m.id)}>
          {m.name}
        </button>
      </div>
      <div role="cell" className="roster-cell">
        {sexLabel(m.sex)}
      </div>
      <div role="cell" className="roster-cell">
        <span className="id-cell">
          <span className="mono">{revealed ? m.docNumber : maskIdNumber(m.docNumber)}</span>
          <button
            type="button"
            className="roster-icon-button"
            aria-label={revealLabel}
            title={revealLabel}
            onClick={() => onReveal(revealed ? null : m.id)}
          >
            {revealed ? HIDE_ICON : REVEAL_ICON}
          </button>
        </span>
      </div>
      <div role="cell" className="roster-cell">
        {m.mobile ? (
          <span className="mono">{revealed ? m.mobile : maskPhone(m.mobile)}</span>
        ) : null}
      </div>
      <div role="cell" className="roster-cell" title={m.department}>
        {m.department}
      </div>
      <div role="cell" className="roster-cell" title={m.memberNo}>
        {m.memberNo}
      </div>
      <div role="cell" className="roster-cell">
        {m.joinedOn}
      </div>
      <div role="cell" className="roster-cell">
        <Tag color={status}>{t(MEMBER_STATUS_LABELS[m.status])}</Tag>
      </div>
      <div role="cell" className="roster-cell">
        {m.migrantWorker ? <Tag>{t('members.list.flag.migrant')}</Tag> : null}
        {m.hardship ? <Tag color="volcano">{t('members.list.flag.hardship')}</Tag> : null}
        {m.representative ? (
          <Tag color="geekblue">{t('members.list.flag.representative')}</Tag>
        ) : null}
        {m.modelWorker ? <Tag color="gold">{t('members.list.flag.modelWorker')}</Tag> : null}
      </div>
    </div>
  );
});

const HEADERS = [
  'members.field.name',
  'members.field.sex',
  'members.field.docNumber',
  'members.field.mobile',
  'members.field.department',
  'members.field.memberNo',
  'members.field.joinedOn',
  'members.list.status',
  'members.list.flags',
] as const;

const RosterHeader = memo(function RosterHeader() {
  return (
    <div role="rowgroup" className="roster-head">
      <div role="row" aria-rowindex={1} className="roster-grid">
        {HEADERS.map((key) => (
          <div key={key} role="columnheader" className="roster-cell">
            {t(key)}
          </div>
        ))}
      </div>
    </div>
  );
});

/**
 * The roster as a windowed table: only the rows in view (and a few either side) exist in the
 * page, so 50,000 members scroll smoothly and a search redraws a screenful of plain rows. ID
 * numbers and phones are masked; the eye button reveals one row at a time. Rows are keyed by
 * their place in the list: when a search changes which members are listed, the rows on screen
 * are updated in place instead of being replaced.
 */
export const RosterTable = memo(function RosterTable({
  members,
  height,
  onOpen,
  loading = false,
}: {
  members: MemberRow[];
  /** The most the rows may take up, in px; fewer rows take less. */
  height: number;
  onOpen: (id: string) => void;
  /** The roster is still loading: `members` is its first screen at most. */
  loading?: boolean;
}) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const [firstInView, setFirstInView] = useState(0);
  const variables = useThemeVariables();
  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    setFirstInView(Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT));
  }, []);

  const count = members.length;
  const inView = Math.ceil(height / ROW_HEIGHT) + 1;
  // After a search shortens the list the browser scrolls back within it; until its scroll event
  // arrives, draw the end of the list rather than nothing.
  const first = Math.max(0, Math.min(firstInView, count - inView) - OVERSCAN);
  const last = Math.min(count, first + inView + 2 * OVERSCAN);
  const bodyHeight = count === 0 ? undefined : count * ROW_HEIGHT;
  const rows = [];
  for (let i = first; i < last; i += 1) {
    rows.push(
      <RosterRow
        key={i}
        member={members[i]!}
        index={i}
        revealed={revealed === members[i]!.id}
        onOpen={onOpen}
        onReveal={setRevealed}
      />,
    );
  }
  return (
    <div
      role="table"
      aria-label={t('members.tab.roster')}
      aria-rowcount={count + 1}
      aria-busy={loading}
      className="roster-table"
      data-testid="roster-table"
      style={{ ...variables, maxHeight: height + ROW_HEIGHT }}
      onScroll={onScroll}
    >
      <div className="roster-table-inner">
        <RosterHeader />
        <div role="rowgroup" className="roster-body" style={{ height: bodyHeight }}>
          {count === 0 ? (
            <div role="row" className="roster-empty">
              <div role="cell">{loading ? t('members.list.loading') : t('members.list.empty')}</div>
            </div>
          ) : (
            rows
          )}
        </div>
      </div>
    </div>
  );
});
