import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Result, Space, Typography } from 'antd';
import { t } from '../../../../shared/i18n';
import type { ImportStage } from './protocol';
import type { ReaderState } from './useImportReader';
import type { WriteState } from './useImportWrite';

/** The simple screens of the import dialog: choose, reading, refused, writing, result. */

type Reading = Extract<ReaderState, { phase: 'reading' }>;

// Where each stage of reading puts the bar: SheetJS's parse is one synchronous call, so the bar
// moves in steps and the "active" animation shows it is still working.
const STAGE_PERCENT: Record<ImportStage, number> = {
  decode: 3,
  parse: 10,
  rows: 55,
  preview: 65,
  send: 75,
};

function readingPercent(state: Reading): number {
  const base = STAGE_PERCENT[state.stage];
  return state.stage === 'send' && state.total > 0
    ? Math.floor(base + (25 * state.done) / state.total)
    : base;
}

function stageText(state: Reading): string {
  return state.stage === 'send'
    ? t('memberImport.stage.send', { done: state.done, total: state.total })
    : t(`memberImport.stage.${state.stage}`);
}

export function ChooseScreen({ onPick, error }: { onPick: () => void; error: string | null }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('memberImport.choose.intro')}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('memberImport.choose.tip')}</Typography.Text>
      <Button
        type="primary"
        size="large"
        icon={<FileExcelOutlined />}
        autoFocus
        onClick={onPick}
        data-testid="import-pick"
      >
        {t('memberImport.choose.button')}
      </Button>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Space>
  );
}

export function ReadingScreen({ state }: { state: Reading }) {
  const text = stageText(state);
  return (
    <div className="dialog-busy" data-testid="import-reading">
      <Typography.Paragraph>
        {t('memberImport.reading', { name: state.fileName })}
      </Typography.Paragraph>
      <Progress percent={readingPercent(state)} status="active" aria-label={text} />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
}

export function RefusedScreen({ message }: { message: string }) {
  return (
    <Result
      status="error"
      title={t('memberImport.refused.title')}
      subTitle={<span data-testid="import-refused">{message}</span>}
    />
  );
}

export function WritingScreen({ state }: { state: Extract<WriteState, { phase: 'writing' }> }) {
  const text = state.cancelling
    ? t('memberImport.writing.cancelling')
    : state.done === 0
      ? t('memberImport.writing.safety')
      : t('memberImport.writing.progress', { done: state.done, total: state.total });
  return (
    <div className="dialog-busy" data-testid="import-writing">
      <Progress
        percent={state.total ? Math.floor((state.done / state.total) * 100) : 0}
        status="active"
        aria-label={text}
      />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
}

export function DoneScreen({
  state,
  rejected,
}: {
  state: Extract<WriteState, { phase: 'done' }>;
  rejected: number;
}) {
  return (
    <Result
      status="success"
      title={t('memberImport.done.title')}
      subTitle={
        <Space orientation="vertical" data-testid="import-done">
          <span>
            {t('memberImport.done.summary', {
              added: state.added,
              updated: state.updated,
              skipped: state.skipped,
              rejected,
            })}
          </span>
          <span>
            {state.safetyCopy
              ? t('memberImport.done.safetyCopy', { name: state.safetyCopy.fileName })
              : t('memberImport.done.noSafetyCopy')}
          </span>
          {rejected > 0 ? <span>{t('memberImport.done.rejectedHint')}</span> : null}
        </Space>
      }
    />
  );
}

/** Cancelled or failed: either way the roster is as it was. */
export function StoppedScreen({
  state,
}: {
  state: Extract<WriteState, { phase: 'cancelled' | 'failed' }>;
}) {
  return (
    <Alert
      type={state.phase === 'cancelled' ? 'info' : 'error'}
      showIcon
      data-testid="import-stopped"
      title={
        state.phase === 'failed'
          ? t('memberImport.writing.failed', { reason: state.reason })
          : t('memberImport.writing.cancelled')
      }
    />
  );
}
