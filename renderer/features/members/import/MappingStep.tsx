import { Alert, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { render, t } from '../../../../shared/i18n';
import {
  columnLetter,
  describeMapping,
  REQUIRED_COLUMNS,
} from '../../../../shared/members/import/headers';
import {
  MEMBER_FIELDS,
  MEMBER_FIELD_LABELS,
  type MemberField,
} from '../../../../shared/members/model';
import type { PreviewSummary, SheetView } from './protocol';

const IGNORE = '__ignore__';

const FIELD_OPTIONS = [
  { value: IGNORE, label: t('members.import.ignoreColumn') },
  ...MEMBER_FIELDS.map((field) => ({
    value: field,
    label: REQUIRED_COLUMNS.includes(field)
      ? `${t(MEMBER_FIELD_LABELS[field])} *`
      : t(MEMBER_FIELD_LABELS[field]),
  })),
];

interface ColumnRow {
  index: number;
  letter: string;
  header: string;
  field: MemberField | null;
}

function sourceText(view: SheetView): string {
  if (view.format === 'csv') {
    return t('memberImport.source.csv', {
      encoding: t(`memberImport.encoding.${view.encoding ?? 'utf-8'}`),
    });
  }
  return t('memberImport.source.book', { sheet: view.sheets[view.sheetIndex]?.name ?? '' });
}

/**
 * Step 2: which sheet, and which member field each column goes to. Every change is checked
 * again in the worker; the counts below the table follow.
 */
export function MappingStep({
  view,
  summary,
  checking,
  onSheet,
  onColumns,
}: {
  view: SheetView;
  summary: PreviewSummary;
  checking: boolean;
  onSheet: (index: number) => void;
  onColumns: (columns: (MemberField | null)[]) => void;
}) {
  const { mapping, report, origin } = view;
  const letter = (column: number) => columnLetter(origin.column + column);
  const rows: ColumnRow[] = (mapping?.headers ?? []).map((header, index) => ({
    index,
    letter: letter(index),
    header,
    field: mapping?.columns[index] ?? null,
  }));
  const notes = report ? describeMapping(report, origin.column) : [];
  const errors = notes.filter((n) => n.level === 'error');
  const infos = notes.filter((n) => n.level === 'info');
  const duplicateOf = new Map<number, number[]>();
  for (const { columns } of report?.duplicates ?? []) {
    for (const c of columns)
      duplicateOf.set(
        c,
        columns.filter((other) => other !== c),
      );
  }

  const change = (index: number, value: string) => {
    if (!mapping) return;
    const columns = [...mapping.columns];
    columns[index] = value === IGNORE ? null : (value as MemberField);
    onColumns(columns);
  };

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="import-mapping"
    >
      {view.sheets.length > 1 ? (
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong id="import-sheet-label">
              {t('memberImport.mapping.sheet')}
            </Typography.Text>
            <Select<number>
              aria-labelledby="import-sheet-label"
              style={{ minWidth: 280 }}
              value={view.sheetIndex}
              onChange={onSheet}
              disabled={checking}
              options={view.sheets.map((sheet, index) => {
                const base =
                  sheet.score > 0
                    ? t('memberImport.mapping.sheetOption', {
                        sheet: sheet.name,
                        score: sheet.score,
                      })
                    : t('memberImport.mapping.sheetOptionNone', { sheet: sheet.name });
                return {
                  value: index,
                  label: sheet.hidden
                    ? t('memberImport.mapping.sheetHidden', { sheet: base })
                    : base,
                };
              })}
            />
          </Space>
          <Typography.Text type="secondary">
            {t('memberImport.mapping.sheetUsed', {
              count: view.sheets.length,
              sheet: view.sheets[view.sheetIndex]?.name ?? '',
            })}
          </Typography.Text>
        </Space>
      ) : null}

      {view.headerRow === null ? (
        <Alert
          type="error"
          showIcon
          title={t('memberImport.mapping.sheetNoHeader', {
            sheet: view.sheets[view.sheetIndex]?.name ?? '',
          })}
        />
      ) : (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('memberImport.mapping.headerAt', {
            source: sourceText(view),
            row: view.headerRow,
            rows: view.dataRows,
          })}
        </Typography.Paragraph>
      )}

      {errors.map((note, i) => (
        <Alert key={`e${i}`} type="error" showIcon title={render(note.message)} />
      ))}

      {mapping ? (
        <Table<ColumnRow>
          size="small"
          rowKey="index"
          pagination={false}
          scroll={{ y: 300 }}
          dataSource={rows}
          columns={[
            { title: t('memberImport.mapping.col.column'), dataIndex: 'letter', width: 56 },
            {
              title: t('memberImport.mapping.col.header'),
              dataIndex: 'header',
              render: (header: string) =>
                header || (
                  <Typography.Text type="secondary">
                    {t('memberImport.mapping.blankHeader')}
                  </Typography.Text>
                ),
            },
            {
              title: t('memberImport.mapping.col.field'),
              dataIndex: 'field',
              width: 220,
              render: (field: MemberField | null, row) => (
                <Select<string>
                  size="small"
                  style={{ width: 200 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label={t('memberImport.mapping.selectLabel', {
                    column: row.letter,
                    header: row.header,
                  })}
                  status={duplicateOf.has(row.index) ? 'error' : undefined}
                  value={field ?? IGNORE}
                  options={FIELD_OPTIONS}
                  onChange={(value) => change(row.index, value)}
                />
              ),
            },
            {
              title: t('memberImport.mapping.col.note'),
              key: 'note',
              width: 170,
              render: (_: unknown, row) => (
                <>
                  {row.field && REQUIRED_COLUMNS.includes(row.field) ? (
                    <Tag color="blue">{t('memberImport.mapping.required')}</Tag>
                  ) : null}
                  {duplicateOf.has(row.index) ? (
                    <Tag color="red">
                      {t('memberImport.mapping.duplicate', {
                        columns: duplicateOf.get(row.index)!.map(letter).join('、'),
                      })}
                    </Tag>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}

      {infos.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={
            <ul className="import-notes" style={{ margin: 0, paddingInlineStart: 18 }}>
              {infos.map((note, i) => (
                <li key={i}>{render(note.message)}</li>
              ))}
            </ul>
          }
        />
      ) : null}

      {report?.ok && !checking && summary.total === 0 ? (
        <Alert type="warning" showIcon title={t('members.import.noRows')} />
      ) : null}

      {checking ? (
        <Spin size="small" description={t('memberImport.mapping.checking')} />
      ) : report?.ok ? (
        <Typography.Text strong data-testid="import-mapping-summary">
          {t('memberImport.mapping.summary', {
            ready: summary.counts.ok + summary.counts.warning,
            errors: summary.counts.error,
            duplicates: summary.counts.duplicateInFile,
            existing: summary.counts.duplicateOfExisting,
          })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
