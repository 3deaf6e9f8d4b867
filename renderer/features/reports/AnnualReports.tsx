import { FileProtectOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { render, t } from '../../../shared/i18n';
import { REPORT_PAYLOAD_TYPE } from '../../../shared/report/payload';
import { openReceipt, RECEIPT_MAX_BYTES } from '../../../shared/report/receipt';
import { createEd25519Verifier } from '../../../shared/signing/ed25519';
import { payloadBytes } from '../../../shared/signing/envelope';
import { useDatabase, usePlatform } from '../../app/AppContext';
import {
  applyReceipt,
  prepareReport,
  recordReport,
  saveFederationKey,
  type ReportDraft,
} from '../../db/reports';
import type { ReportRow } from '../../db/schema';
import { PrintPreview } from '../../print/PrintPreview';
import { safeFileName } from '../members/export/names';
import { currentAssessmentYear } from '../home/home-overview';
import { todayIso } from '../federation/useFederation';
import { FingerprintGrid } from './KeySlip';
import { ReportDocument } from './ReportDocument';
import { points, reportView } from './report-view';
import {
  activeKey,
  useCurrentAssessment,
  useFederationKey,
  useReports,
  type SigningKeysState,
} from './useReports';

export const REPORT_EXTENSION = 'uniondesk-report';
export const RECEIPT_EXTENSION = 'uniondesk-receipt';
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const STATE_COLORS: Record<ReportRow['state'], string> = {
  exported: 'processing',
  accepted: 'success',
  returned: 'warning',
};

/** 年度报告: generate from the finalised self-assessment, preview, sign, save; receipts. */
export function AnnualReports({ keys }: { keys: SigningKeysState }) {
  const db = useDatabase();
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const reports = useReports();
  const federationKey = useFederationKey();
  const thisYear = currentAssessmentYear('calendar', todayIso());
  const [year, setYear] = useState(thisYear);
  const current = useCurrentAssessment(year);
  const assessment = current === undefined ? undefined : (current?.assessment ?? null);
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const unionKey = activeKey(keys.keys, 'union');
  const years = useMemo(() => {
    const set = new Set<number>([thisYear, thisYear - 1, thisYear - 2]);
    for (const r of reports ?? []) set.add(r.year);
    return [...set].sort((a, b) => b - a);
  }, [reports, thisYear]);
  const yearReports = (reports ?? []).filter((r) => r.year === year);
  const locked = yearReports.some((r) => r.state === 'accepted');

  const generate = async () => {
    setBusy(true);
    try {
      const { version } = await platform.appInfo();
      setDraft(await prepareReport(db, year, { appVersion: version }));
    } catch (failure) {
      void message.error(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const signAndSave = async () => {
    if (!draft) return;
    if (!unionKey) {
      void message.error(t('reports.error.noKey'));
      return;
    }
    setBusy(true);
    try {
      const fileText = await platform.signing.signEnvelope(
        'union',
        REPORT_PAYLOAD_TYPE,
        payloadBytes(draft.payload),
      );
      const suggestedName = `${safeFileName(
        t('reports.preview.fileName', {
          union: draft.payload.union.name,
          year: draft.payload.period.year,
          sequence: draft.payload.sequence,
        }),
      )}.${REPORT_EXTENSION}`;
      const outcome = await platform.saveFile({
        suggestedName,
        filters: [{ name: t('reports.preview.filter'), extensions: [REPORT_EXTENSION] }],
        data: fileText,
      });
      if (outcome.status === 'cancelled') return;
      const fileName = outcome.status === 'saved' ? outcome.fileName : suggestedName;
      await recordReport(db, draft, { fileName, fileText, keyFingerprint: unionKey.fingerprint });
      setDraft(null);
      void message.success(
        t(outcome.status === 'saved' ? 'reports.annual.saved' : 'reports.annual.handedOff', {
          file: fileName,
        }),
      );
    } catch (failure) {
      void message.error(t('reports.error.saveFailed', { reason: errorText(failure) }));
    } finally {
      setBusy(false);
    }
  };

  const saveAgain = async (row: ReportRow) => {
    try {
      await platform.saveFile({
        suggestedName: row.fileName,
        filters: [{ name: t('reports.preview.filter'), extensions: [REPORT_EXTENSION] }],
        data: row.fileText,
      });
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const importReceipt = async () => {
    try {
      const [file] = await platform.openFiles({
        filters: [{ name: t('reports.receipt.filter'), extensions: [RECEIPT_EXTENSION] }],
        multiple: false,
        title: t('reports.receipt.title'),
        maxBytes: RECEIPT_MAX_BYTES,
      });
      if (!file) return;
      const opened = await openReceipt(
        file.data,
        federationKey?.fingerprint ?? null,
        createEd25519Verifier(),
      );
      if (!opened.ok) {
        void message.error(render(opened.message));
        return;
      }
      const fileText = new TextDecoder().decode(file.data);
      const apply = async () => {
        const { report } = await applyReceipt(db, opened.receipt, {
          fileText,
          keyid: opened.keyid,
        });
        const params = {
          year: report.year,
          sequence: report.sequence,
          federation: opened.receipt.federation.name,
          comments: opened.receipt.comments,
        };
        if (report.state === 'accepted')
          void message.success(t('reports.receipt.accepted', params));
        else void message.warning(t('reports.receipt.returned', params), 8);
      };
      if (federationKey) {
        await apply();
        return;
      }
      modal.confirm({
        title: t('reports.receipt.confirmTitle'),
        width: 560,
        content: (
          <Space orientation="vertical">
            <Typography.Paragraph>
              {t('reports.receipt.confirmIntro', { federation: opened.receipt.federation.name })}
            </Typography.Paragraph>
            <FingerprintGrid fingerprint={opened.keyid} />
          </Space>
        ),
        okText: t('reports.receipt.confirm'),
        onOk: async () => {
          try {
            await saveFederationKey(db, {
              fingerprint: opened.keyid,
              name: opened.receipt.federation.name,
            });
            await apply();
          } catch (failure) {
            void message.error(errorText(failure));
          }
        },
      });
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const status = (() => {
    if (locked)
      return <Alert type="success" showIcon title={t('reports.annual.status.locked', { year })} />;
    if (assessment === undefined) return null;
    if (assessment === null)
      return <Alert type="info" showIcon title={t('reports.annual.status.none', { year })} />;
    if (assessment.status !== 'final')
      return (
        <Alert
          type="warning"
          showIcon
          title={t('reports.annual.status.draft', { year })}
          action={<Button href="#/assessment">{t('reports.annual.goAssessment')}</Button>}
        />
      );
    return (
      <Alert
        type="info"
        showIcon
        title={t('reports.annual.status.final', {
          year,
          revision: assessment.revision,
          total: points(assessment.outcome?.totalTenths ?? 0),
          band: current?.bandLabel ?? t('reports.view.noBand'),
        })}
      />
    );
  })();

  const canGenerate = assessment?.status === 'final' && !locked;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('reports.tab.annual')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('reports.annual.year')}
              value={year}
              onChange={setYear}
              style={{ width: 120 }}
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
            <Button
              type="primary"
              icon={<FileProtectOutlined />}
              disabled={!canGenerate}
              loading={busy && !draft}
              onClick={() => void generate()}
            >
              {yearReports.length ? t('reports.annual.regenerate') : t('reports.annual.generate')}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => void importReceipt()}>
              {t('reports.annual.importReceipt')}
            </Button>
          </Space>
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {status}
          {!unionKey && keys.keys ? (
            <Alert type="warning" showIcon title={t('reports.error.noKey')} />
          ) : null}
        </Space>
      </Card>
      <Card title={t('reports.annual.list')}>
        {reports && reports.length === 0 ? (
          <Empty description={t('reports.annual.empty')} />
        ) : (
          <Table<ReportRow>
            rowKey="id"
            size="middle"
            loading={!reports}
            dataSource={reports ?? []}
            pagination={false}
            columns={[
              { title: t('reports.annual.col.year'), dataIndex: 'year', width: 80 },
              {
                title: t('reports.annual.col.sequence'),
                key: 'sequence',
                width: 150,
                render: (_: unknown, row) => {
                  const previous = reports?.find((r) => r.id === row.supersedes);
                  return (
                    <Space orientation="vertical" size={0}>
                      {t('reports.annual.sequence', { sequence: row.sequence })}
                      {previous ? (
                        <Typography.Text type="secondary">
                          {t('reports.annual.supersedes', { sequence: previous.sequence })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  );
                },
              },
              {
                title: t('reports.annual.col.createdAt'),
                dataIndex: 'createdAt',
                width: 170,
                render: (value: string) => new Date(value).toLocaleString('zh-CN'),
              },
              {
                title: t('reports.annual.col.score'),
                key: 'score',
                width: 140,
                render: (_: unknown, row) =>
                  `${points(row.totalTenths)} / ${row.bandLabel ?? t('reports.view.noBand')}`,
              },
              {
                title: t('reports.annual.col.state'),
                key: 'state',
                render: (_: unknown, row) => (
                  <Space orientation="vertical" size={0}>
                    <Tag color={STATE_COLORS[row.state]} data-state={row.state}>
                      {t(`reports.state.${row.state}`)}
                    </Tag>
                    {row.state === 'returned' ? <ReturnedComments row={row} /> : null}
                  </Space>
                ),
              },
              { title: t('reports.annual.col.file'), dataIndex: 'fileName' },
              {
                title: t('reports.annual.col.actions'),
                key: 'actions',
                width: 150,
                render: (_: unknown, row) => (
                  <Button size="small" icon={<SaveOutlined />} onClick={() => void saveAgain(row)}>
                    {t('reports.annual.saveAgain')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {draft ? (
        <PrintPreview
          title={t('reports.preview.title', { year: draft.payload.period.year })}
          suggestedName={safeFileName(
            t('reports.preview.fileName', {
              union: draft.payload.union.name,
              year: draft.payload.period.year,
              sequence: draft.payload.sequence,
            }),
          )}
          orientation="portrait"
          onClose={() => setDraft(null)}
          options={
            <Button
              type="primary"
              icon={<FileProtectOutlined />}
              loading={busy}
              disabled={!unionKey}
              onClick={() => void signAndSave()}
            >
              {t('reports.preview.sign')}
            </Button>
          }
          notice={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="info" showIcon title={t('reports.preview.intro')} />
              {unionKey ? (
                <Typography.Text type="secondary">
                  {t('reports.preview.keyLine', {
                    fingerprint: unionKey.fingerprint.slice(0, 16).toUpperCase(),
                  })}
                </Typography.Text>
              ) : (
                <Alert type="warning" showIcon title={t('reports.error.noKey')} />
              )}
            </Space>
          }
        >
          <ReportDocument view={reportView(draft.payload)} />
        </PrintPreview>
      ) : null}
    </Space>
  );
}

function ReturnedComments({ row }: { row: ReportRow }) {
  const db = useDatabase();
  const receipt = useLiveQuery(
    async () => (row.receiptId ? await db.receipts.get(row.receiptId) : undefined),
    [db, row.receiptId],
  );
  return receipt?.comments ? (
    <Typography.Text type="warning">
      {t('reports.annual.returnedComments', { comments: receipt.comments })}
    </Typography.Text>
  ) : null;
}
