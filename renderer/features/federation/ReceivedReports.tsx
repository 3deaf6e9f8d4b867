import {
  AuditOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FolderOpenOutlined,
  ImportOutlined,
  KeyOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  Modal,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { zipSync } from 'fflate';
import { useMemo, useRef, useState } from 'react';
import { render, t } from '../../../shared/i18n';
import { aggregateWorkbook } from '../../../shared/report/aggregate';
import { REPORT_MAX_BYTES } from '../../../shared/report/payload';
import { RECEIPT_COMMENTS_MAX } from '../../../shared/report/receipt';
import { REPORT_VERDICTS, type ReportVerdict } from '../../../shared/report/verify';
import { groupFingerprint } from '../../../shared/signing/fingerprint';
import { useDatabase, usePlatform } from '../../app/AppContext';
import {
  asVerified,
  importReportFiles,
  issueReceipt,
  registerKey,
  removeReceived,
} from '../../db/federation';
import type { ReceivedReportRow } from '../../db/schema';
import { PrintPreview } from '../../print/PrintPreview';
import { safeFileName } from '../members/export/names';
import { RECEIPT_EXTENSION, REPORT_EXTENSION } from '../reports/AnnualReports';
import { FingerprintGrid } from '../reports/KeySlip';
import { ReportDocument } from '../reports/ReportDocument';
import { points, reportView } from '../reports/report-view';
import { activeKey, type SigningKeysState } from '../reports/useReports';
import { errorText, todayIso, useFederationName, useReceived, useVerifier } from './useFederation';

const VERDICT_COLORS: Record<ReportVerdict, string> = {
  valid: 'success',
  unregistered: 'warning',
  'bad-signature': 'error',
  malformed: 'error',
  'wrong-union': 'error',
  revoked: 'error',
  superseded: 'default',
  duplicate: 'default',
};

const XLSX_MIME = 'xlsx';

/** 收到的报告: import many files, see each verdict, register keys, aggregate, issue receipts. */
export function ReceivedReports({ keys }: { keys: SigningKeysState }) {
  const db = useDatabase();
  const platform = usePlatform();
  const verifier = useVerifier();
  const { message, modal } = App.useApp();
  const rows = useReceived();
  const federationName = useFederationName() ?? '';
  const [verdict, setVerdict] = useState<ReportVerdict | 'all'>('all');
  const [year, setYear] = useState<number | 'all'>('all');
  const [query, setQuery] = useState('');
  // Reading a chosen folder's files, then verifying them: each can take a while for thousands.
  const [progress, setProgress] = useState<{
    phase: 'reading' | 'verifying';
    done: number;
    total: number;
  } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [viewing, setViewing] = useState<ReceivedReportRow | null>(null);
  const [receiptFor, setReceiptFor] = useState<ReceivedReportRow | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const federationKey = activeKey(keys.keys, 'federation');

  const years = useMemo(
    () => [...new Set((rows ?? []).map((r) => r.year).filter((y) => y > 0))].sort((a, b) => b - a),
    [rows],
  );
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rows ?? []).filter(
      (row) =>
        (verdict === 'all' || row.verdict === verdict) &&
        (year === 'all' || row.year === year) &&
        (!q ||
          row.unionName.toLowerCase().includes(q) ||
          row.creditCode.toLowerCase().includes(q) ||
          row.fileName.toLowerCase().includes(q)),
    );
  }, [rows, verdict, year, query]);

  /** Picked files, or with `directory` every report file in a folder and its subfolders. */
  const importFiles = async (directory: boolean) => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const files = await platform.openFiles({
        filters: [{ name: t('federation.import.filter'), extensions: [REPORT_EXTENSION] }],
        multiple: true,
        title: t(directory ? 'federation.import.folderTitle' : 'federation.import.title'),
        maxBytes: REPORT_MAX_BYTES * 2,
        directory,
        onProgress: (done, total) => setProgress({ phase: 'reading', done, total }),
        signal: controller.signal,
      });
      if (files.length === 0) return;
      setProgress({ phase: 'verifying', done: 0, total: files.length });
      const summary = await importReportFiles(db, files, {
        verifier,
        onProgress: ({ done, total }) => setProgress({ phase: 'verifying', done, total }),
        signal: controller.signal,
      });
      const parts = REPORT_VERDICTS.filter((v) => summary.byVerdict[v]).map((v) =>
        t('federation.verdict.count', {
          verdict: t(`federation.verdict.${v}`),
          count: summary.byVerdict[v] ?? 0,
        }),
      );
      void message.success(
        t('federation.import.done', { total: summary.total, summary: parts.join('，') }),
        6,
      );
    } catch (failure) {
      if (controller.signal.aborted) void message.info(t('federation.import.cancelled'));
      else void message.error(t('federation.import.failed', { reason: errorText(failure) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const register = (row: ReceivedReportRow) => {
    if (!row.keyid || !row.payload) return;
    const payload = row.payload;
    const keyid = row.keyid;
    modal.confirm({
      title: t('federation.register.title'),
      width: 560,
      content: (
        <Space orientation="vertical">
          <Typography.Paragraph>
            {t('federation.register.intro', { union: payload.union.name })}
          </Typography.Paragraph>
          <Typography.Text>
            {payload.union.name}（{payload.union.creditCode}）
          </Typography.Text>
          <FingerprintGrid fingerprint={keyid} />
        </Space>
      ),
      okText: t('federation.register.confirm'),
      cancelText: t('federation.cancel'),
      onOk: async () => {
        try {
          await registerKey(db, {
            fingerprint: keyid,
            creditCode: payload.union.creditCode,
            unionName: payload.union.name,
            source: 'report',
          });
          void message.success(t('federation.register.done', { union: payload.union.name }));
        } catch (failure) {
          void message.error(errorText(failure));
        }
      },
    });
  };

  const aggregate = async () => {
    const all = rows ?? [];
    if (!all.some((r) => r.verdict === 'valid')) {
      void message.warning(t('federation.aggregate.none'));
      return;
    }
    try {
      const name = `${safeFileName(
        t('federation.aggregate.fileName', { federation: federationName, date: todayIso() }),
      )}.xlsx`;
      const outcome = await platform.saveFile({
        suggestedName: name,
        filters: [{ name: 'Excel', extensions: [XLSX_MIME] }],
        data: aggregateWorkbook(asVerified(all)),
      });
      if (outcome.status !== 'cancelled') {
        void message.success(
          t('federation.aggregate.saved', {
            file: outcome.status === 'saved' ? outcome.fileName : name,
          }),
        );
      }
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const receiptName = (row: ReceivedReportRow) =>
    `${safeFileName(
      t('federation.receipt.one', { union: row.unionName, year: row.year, sequence: row.sequence }),
    )}.${RECEIPT_EXTENSION}`;

  const saveReceipt = async (row: ReceivedReportRow) => {
    if (!row.receipt) return;
    try {
      await platform.saveFile({
        suggestedName: receiptName(row),
        filters: [{ name: t('federation.receipt.filter'), extensions: [RECEIPT_EXTENSION] }],
        data: row.receipt.fileText,
      });
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const exportReceipts = async () => {
    const issued = (rows ?? []).filter((r) => r.receipt);
    if (issued.length === 0) {
      void message.info(t('federation.receipts.none'));
      return;
    }
    const encoder = new TextEncoder();
    const entries: Record<string, Uint8Array> = {};
    for (const row of issued) entries[receiptName(row)] = encoder.encode(row.receipt!.fileText);
    const name = `${safeFileName(
      t('federation.receipts.fileName', { federation: federationName, date: todayIso() }),
    )}.zip`;
    try {
      const outcome = await platform.saveFile({
        suggestedName: name,
        filters: [{ name: t('federation.receipt.zipFilter'), extensions: ['zip'] }],
        data: zipSync(entries),
      });
      if (outcome.status !== 'cancelled') {
        void message.success(
          t('federation.receipts.saved', {
            count: issued.length,
            file: outcome.status === 'saved' ? outcome.fileName : name,
          }),
        );
      }
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const remove = () => {
    modal.confirm({
      title: t('federation.action.remove'),
      content: t('federation.remove.confirm', { count: selected.length }),
      okButtonProps: { danger: true },
      okText: t('federation.action.remove'),
      cancelText: t('federation.cancel'),
      onOk: async () => {
        await removeReceived(db, selected);
        setSelected([]);
      },
    });
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('federation.tab.received')}
        extra={
          <Space wrap>
            <Button
              type="primary"
              icon={<ImportOutlined />}
              onClick={() => void importFiles(false)}
            >
              {t('federation.import.button')}
            </Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => void importFiles(true)}>
              {t('federation.import.folder')}
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => void aggregate()}>
              {t('federation.action.aggregate')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportReceipts()}>
              {t('federation.action.exportReceipts')}
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              disabled={selected.length === 0}
              onClick={remove}
            >
              {t('federation.action.remove')}
            </Button>
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('federation.list.filterVerdict')}
            style={{ width: 200 }}
            value={verdict}
            onChange={setVerdict}
            options={[
              { value: 'all', label: t('federation.list.allVerdicts') },
              ...REPORT_VERDICTS.map((v) => ({ value: v, label: t(`federation.verdict.${v}`) })),
            ]}
          />
          <Select
            aria-label={t('federation.list.filterYear')}
            style={{ width: 130 }}
            value={year}
            onChange={setYear}
            options={[
              { value: 'all', label: t('federation.list.allYears') },
              ...years.map((y) => ({ value: y, label: String(y) })),
            ]}
          />
          <Input.Search
            allowClear
            aria-label={t('federation.list.search')}
            placeholder={t('federation.list.search')}
            style={{ width: 280 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Typography.Text type="secondary">
            {t('federation.list.count', { count: shown.length })}
          </Typography.Text>
        </Space>
        <Table<ReceivedReportRow>
          rowKey="id"
          size="middle"
          loading={!rows}
          dataSource={shown}
          scroll={{ x: 1150 }}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('federation.list.empty') }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
          }}
          columns={[
            {
              title: t('federation.col.union'),
              key: 'union',
              width: 230,
              render: (_: unknown, row) => (
                <Space orientation="vertical" size={0}>
                  <span>{row.unionName || t('federation.unknownUnion')}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.creditCode}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('federation.col.year'),
              dataIndex: 'year',
              width: 70,
              render: (v: number) => (v > 0 ? v : ''),
            },
            {
              title: t('federation.col.sequence'),
              dataIndex: 'sequence',
              width: 60,
              render: (v: number) => (v > 0 ? v : ''),
            },
            {
              title: t('federation.col.verdict'),
              key: 'verdict',
              render: (_: unknown, row) => (
                <Space orientation="vertical" size={2}>
                  <Tag color={VERDICT_COLORS[row.verdict]} data-verdict={row.verdict}>
                    {t(`federation.verdict.${row.verdict}`)}
                  </Tag>
                  <Typography.Text style={{ fontSize: 12 }}>{render(row.message)}</Typography.Text>
                  {row.problems.map((p, i) => (
                    <Typography.Text key={i} type="warning" style={{ fontSize: 12 }}>
                      {render(p)}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            },
            {
              title: t('federation.col.score'),
              key: 'score',
              width: 130,
              render: (_: unknown, row) =>
                row.payload
                  ? `${points(row.payload.assessment.totalTenths)} / ${
                      row.payload.assessment.band?.label ?? t('reports.view.noBand')
                    }`
                  : '',
            },
            {
              title: t('federation.col.receipt'),
              key: 'receipt',
              width: 90,
              render: (_: unknown, row) =>
                row.receipt ? (
                  <Tag color={row.receipt.decision === 'accepted' ? 'success' : 'warning'}>
                    {t(`federation.receipt.state.${row.receipt.decision}`)}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">
                    {t('federation.receipt.state.none')}
                  </Typography.Text>
                ),
            },
            {
              title: t('federation.col.actions'),
              key: 'actions',
              width: 230,
              render: (_: unknown, row) => (
                <Space wrap size={4}>
                  {row.payload ? (
                    <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(row)}>
                      {t('federation.action.view')}
                    </Button>
                  ) : null}
                  {row.verdict === 'unregistered' ? (
                    <Button size="small" icon={<KeyOutlined />} onClick={() => register(row)}>
                      {t('federation.action.register')}
                    </Button>
                  ) : null}
                  {row.verdict === 'valid' && !row.receipt ? (
                    <Button
                      size="small"
                      type="primary"
                      icon={<AuditOutlined />}
                      onClick={() => setReceiptFor(row)}
                    >
                      {t('federation.action.receipt')}
                    </Button>
                  ) : null}
                  {row.receipt ? (
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() => void saveReceipt(row)}
                    >
                      {t('federation.action.saveReceipt')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={progress !== null}
        title={t('federation.import.button')}
        closable={false}
        maskClosable={false}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText={t('federation.cancel')}
        onCancel={() => abort.current?.abort()}
      >
        {progress ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Progress percent={Math.round((progress.done / Math.max(progress.total, 1)) * 100)} />
            <Typography.Text>
              {t(
                progress.phase === 'reading'
                  ? 'federation.import.reading'
                  : 'federation.import.progress',
                progress,
              )}
            </Typography.Text>
          </Space>
        ) : null}
      </Modal>
      {viewing?.payload ? (
        <PrintPreview
          title={t('federation.detail.title', { union: viewing.unionName, year: viewing.year })}
          suggestedName={safeFileName(
            t('federation.detail.title', { union: viewing.unionName, year: viewing.year }),
          )}
          orientation="portrait"
          onClose={() => setViewing(null)}
          notice={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert
                type={viewing.verdict === 'valid' ? 'success' : 'warning'}
                showIcon
                title={render(viewing.message)}
                description={viewing.problems.map((p) => render(p)).join('；') || undefined}
              />
            </Space>
          }
        >
          <ReportDocument
            view={reportView(viewing.payload)}
            footer={[
              viewing.keyid
                ? t('federation.detail.fingerprint', {
                    fingerprint: groupFingerprint(viewing.keyid),
                  })
                : '',
              t('federation.detail.file', { file: viewing.fileName, hash: viewing.fileSha256 }),
            ].join('　')}
          />
        </PrintPreview>
      ) : null}
      {receiptFor ? (
        <ReceiptDialog
          row={receiptFor}
          hasKey={Boolean(federationKey)}
          hasName={Boolean(federationName)}
          onClose={() => setReceiptFor(null)}
          sign={(payloadType, bytes) =>
            platform.signing.signEnvelope('federation', payloadType, bytes)
          }
          onIssue={async (decision, comments, sign) => {
            await issueReceipt(db, { receivedId: receiptFor.id, decision, comments, sign });
            void message.success(t('federation.receipt.issued'));
            setReceiptFor(null);
          }}
        />
      ) : null}
    </Space>
  );
}

type Sign = (payloadType: string, bytes: Uint8Array) => Promise<string>;

function ReceiptDialog({
  row,
  hasKey,
  hasName,
  onClose,
  sign,
  onIssue,
}: {
  row: ReceivedReportRow;
  hasKey: boolean;
  hasName: boolean;
  onClose: () => void;
  sign: Sign;
  onIssue: (decision: 'accepted' | 'returned', comments: string, sign: Sign) => Promise<void>;
}) {
  const { message } = App.useApp();
  const [decision, setDecision] = useState<'accepted' | 'returned'>('accepted');
  const [comments, setComments] = useState('');
  const [busy, setBusy] = useState(false);
  const blocked = !hasKey || !hasName;
  return (
    <Modal
      open
      title={t('federation.receipt.title')}
      okText={t('federation.receipt.sign')}
      cancelText={t('federation.cancel')}
      okButtonProps={{
        disabled: blocked || (decision === 'returned' && !comments.trim()),
        loading: busy,
      }}
      onCancel={onClose}
      onOk={async () => {
        setBusy(true);
        try {
          await onIssue(decision, comments, sign);
        } catch (failure) {
          void message.error(errorText(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>
          {row.unionName} · {row.year} · {t('reports.annual.sequence', { sequence: row.sequence })}
        </Typography.Text>
        {!hasKey ? <Alert type="warning" showIcon title={t('federation.receipt.noKey')} /> : null}
        {!hasName ? (
          <Alert type="warning" showIcon title={t('federation.receipt.nameNeeded')} />
        ) : null}
        <Radio.Group
          aria-label={t('federation.receipt.decision')}
          value={decision}
          onChange={(e) => setDecision(e.target.value as 'accepted' | 'returned')}
          options={[
            { value: 'accepted', label: t('federation.receipt.accept') },
            { value: 'returned', label: t('federation.receipt.return') },
          ]}
        />
        <Input.TextArea
          aria-label={t('federation.receipt.comments')}
          placeholder={t('federation.receipt.commentsPlaceholder')}
          value={comments}
          maxLength={RECEIPT_COMMENTS_MAX}
          autoSize={{ minRows: 3 }}
          onChange={(e) => setComments(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
