import { Button, Modal, Space, Steps } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { t } from '../../../../shared/i18n';
import { planImport, type DuplicateChoice } from './import-plan';
import {
  ChooseScreen,
  DoneScreen,
  ReadingScreen,
  RefusedScreen,
  StoppedScreen,
  WritingScreen,
} from './ImportScreens';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportFiles } from './useImportFiles';
import { useImportReader, type ReaderState } from './useImportReader';
import { useImportWrite, type WriteState } from './useImportWrite';

type Screen = 'choose' | 'reading' | 'refused' | 'mapping' | 'preview' | 'write';

function screenOf(reader: ReaderState, write: WriteState, step: 'mapping' | 'preview'): Screen {
  if (write.phase !== 'idle') return 'write';
  if (reader.phase === 'idle') return 'choose';
  if (reader.phase === 'reading') return 'reading';
  if (reader.phase === 'refused') return 'refused';
  return step;
}

const STEP_INDEX: Record<Screen, number> = {
  choose: 0,
  reading: 0,
  refused: 0,
  mapping: 1,
  preview: 2,
  write: 3,
};

function fileNameOf(state: ReaderState): string | null {
  if (state.phase === 'ready') return state.view.fileName;
  if (state.phase === 'reading' || state.phase === 'refused') return state.fileName;
  return null;
}

/**
 * 导入会员: choose a file → read it in a worker (progress, 取消) → check the column mapping →
 * preview every row → on confirmation, write in one transaction after a safety copy → result.
 * Nothing reaches the roster before the user presses 确认导入.
 */
export function ImportMembersDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const files = useImportFiles();
  const reader = useImportReader();
  const writer = useImportWrite();
  const [step, setStep] = useState<'mapping' | 'preview'>('mapping');
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [pickError, setPickError] = useState<string | null>(null);

  const { reset: resetReader } = reader;
  const { reset: resetWriter } = writer;
  useEffect(() => {
    if (open) return;
    // Closed but kept mounted: stop the worker and start afresh next time.
    resetReader();
    resetWriter();
  }, [open, resetReader, resetWriter]);

  const state = reader.state;
  const write = writer.state;
  const ready = state.phase === 'ready' ? state : null;
  const plan = useMemo(
    () => (ready ? planImport(ready.items, duplicates) : null),
    [ready, duplicates],
  );
  const screen = screenOf(state, write, step);
  const busy = write.phase === 'writing';
  const fileName = fileNameOf(state);

  const pick = async () => {
    setPickError(null);
    try {
      const file = await files.pick();
      if (!file) return;
      writer.reset();
      setStep('mapping');
      setDuplicates('skip');
      await reader.open(file);
    } catch (error) {
      // Shown on the first screen, whichever screen the user picked from.
      reader.reset();
      writer.reset();
      setPickError(error instanceof Error ? error.message : String(error));
    }
  };

  const close = () => {
    if (busy) return;
    reader.reset();
    writer.reset();
    onClose();
  };

  const button = (key: string, label: string, onClick: () => void, primary = false) => (
    <Button key={key} type={primary ? 'primary' : 'default'} autoFocus={primary} onClick={onClick}>
      {label}
    </Button>
  );
  const closeButton = (primary = false) => button('close', t('memberImport.close'), close, primary);
  const cancelButton = button('cancel', t('memberImport.cancel'), close);
  const pickAgain = (primary = false) =>
    button('again', t('memberImport.pickAnother'), () => void pick(), primary);
  const errorListButton = (
    <Button
      key="errors"
      loading={files.saving}
      onClick={() => fileName && void files.saveErrorList(fileName, reader.errorList)}
    >
      {t('memberImport.preview.errorList')}
    </Button>
  );

  let body: ReactNode = null;
  let footer: ReactNode[] = [];
  if (screen === 'choose') {
    body = <ChooseScreen onPick={() => void pick()} error={pickError} />;
    footer = [closeButton()];
  } else if (state.phase === 'reading') {
    body = <ReadingScreen state={state} />;
    footer = [button('cancel', t('memberImport.cancel'), reader.reset, true)];
  } else if (state.phase === 'refused') {
    body = <RefusedScreen message={state.message} />;
    footer = [closeButton(), pickAgain(true)];
  } else if (screen === 'mapping' && ready) {
    body = (
      <MappingStep
        view={ready.view}
        summary={ready.summary}
        checking={ready.checking}
        onSheet={reader.chooseSheet}
        onColumns={reader.setColumns}
      />
    );
    const usable = ready.view.report?.ok === true && !ready.checking;
    footer = [
      pickAgain(),
      cancelButton,
      <Button
        key="next"
        type="primary"
        autoFocus
        disabled={!usable}
        title={usable ? undefined : t('memberImport.mapping.fixFirst')}
        onClick={() => setStep('preview')}
      >
        {t('memberImport.mapping.next')}
      </Button>,
    ];
  } else if (screen === 'preview' && ready && plan) {
    const { counts } = ready.summary;
    body = (
      <PreviewStep
        items={ready.items}
        summary={ready.summary}
        plan={plan}
        duplicates={duplicates}
        onDuplicates={setDuplicates}
      />
    );
    footer = [
      button('back', t('memberImport.preview.adjust'), () => setStep('mapping')),
      ...(counts.error + counts.duplicateInFile + counts.warning > 0 ? [errorListButton] : []),
      cancelButton,
      <Button
        key="confirm"
        type="primary"
        autoFocus
        disabled={plan.add + plan.update === 0}
        onClick={() => void writer.write(plan.rows, duplicates)}
        data-testid="import-confirm"
      >
        {t('memberImport.preview.confirm')}
      </Button>,
    ];
  } else if (write.phase === 'writing') {
    body = <WritingScreen state={write} />;
    footer = [
      <Button key="cancel" autoFocus disabled={write.cancelling} onClick={writer.cancel}>
        {t('memberImport.cancel')}
      </Button>,
    ];
  } else if (write.phase === 'done') {
    const rejected = plan?.rejected ?? 0;
    body = <DoneScreen state={write} rejected={rejected} />;
    footer = [...(rejected > 0 ? [errorListButton] : []), closeButton(true)];
  } else if (write.phase === 'cancelled' || write.phase === 'failed') {
    body = <StoppedScreen state={write} />;
    footer = [button('back', t('memberImport.back'), writer.reset), closeButton(true)];
  }

  const failed = state.phase === 'refused' || write.phase === 'failed';
  return (
    <Modal
      open={open}
      title={fileName ? t('memberImport.titleFile', { name: fileName }) : t('memberImport.title')}
      width={1040}
      closable={!busy}
      mask={{ closable: false }}
      keyboard={!busy}
      onCancel={close}
      footer={footer}
      destroyOnHidden
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={STEP_INDEX[screen]}
          status={failed ? 'error' : write.phase === 'done' ? 'finish' : 'process'}
          items={[
            { title: t('memberImport.step.choose') },
            { title: t('memberImport.step.mapping') },
            { title: t('memberImport.step.preview') },
            { title: t('memberImport.step.write') },
          ]}
        />
        {body}
      </Space>
    </Modal>
  );
}
