import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import {
  emptyLedgerDraft,
  toLedgerDraft,
  type LedgerDraft,
  type LedgerField,
} from '../../../shared/ledger/model';
import { validateLedgerEntry } from '../../../shared/ledger/validate';
import { localToday } from '../../../shared/validation/date';
import type { LedgerEntryRow, MeetingChoice } from '../../db/ledger';
import { useAttachmentDraft } from '../attachments/useAttachmentDraft';
import { ledgerFieldId, LedgerForm } from './LedgerForm';
import { useLedgerActions } from './useLedgerActions';
import { useLedgerEntry } from './useLedger';

/**
 * Add (entryId null) or edit one ledger entry, and delete it to the 回收站. Keyed by entry in the
 * parent, so it starts fresh each time.
 */
export function LedgerDrawer({
  entryId,
  meetings,
  usedTags,
  onClose,
}: {
  entryId: string | null;
  meetings: readonly MeetingChoice[];
  usedTags: readonly string[];
  onClose: () => void;
}) {
  const loaded = useLedgerEntry(entryId);
  const actions = useLedgerActions();
  const title = entryId ? t('ledger.form.editTitle') : t('ledger.form.addTitle');
  const draft = useAttachmentDraft();
  const draftSession: DraftSession = {
    ...draft,
    cancel: () => void actions.discard(draft.held, draft.openedAt).finally(onClose),
  };
  return (
    <Drawer
      open
      size={760}
      title={loaded ? `${title}：${loaded.title}` : title}
      onClose={draftSession.cancel}
      destroyOnHidden
      data-testid="ledger-drawer"
    >
      {entryId && loaded === undefined ? null : entryId && loaded === null ? (
        <Alert type="warning" showIcon title={t('ledger.error.missing')} />
      ) : (
        <LedgerEditor
          entry={loaded ?? null}
          meetings={meetings}
          usedTags={usedTags}
          session={draftSession}
          onDone={onClose}
        />
      )}
    </Drawer>
  );
}

/** The form's open time and the attachments it held: what a cancel or save lets go of. */
interface DraftSession {
  openedAt: string;
  held: readonly string[];
  hold: (ids: readonly string[]) => void;
  cancel: () => void;
}

function LedgerEditor({
  entry,
  meetings,
  usedTags,
  session,
  onDone,
}: {
  entry: LedgerEntryRow | null;
  meetings: readonly MeetingChoice[];
  usedTags: readonly string[];
  session: DraftSession;
  onDone: () => void;
}) {
  const actions = useLedgerActions();
  const { message, modal } = App.useApp();
  const today = localToday();
  const { openedAt, held } = session;
  const [draft, setDraft] = useState<LedgerDraft>(() =>
    entry ? toLedgerDraft(entry) : emptyLedgerDraft(today),
  );
  const [touched, setTouched] = useState<Set<LedgerField> | 'all'>(() => new Set());
  const [saving, setSaving] = useState(false);
  const check = useMemo(() => validateLedgerEntry(draft, { today }), [draft, today]);

  const change = (patch: Partial<LedgerDraft>, field: LedgerField) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (patch.attachmentIds) session.hold(patch.attachmentIds);
    setTouched((s) => (s === 'all' ? s : new Set(s).add(field)));
  };

  const save = async () => {
    setTouched('all');
    if (!check.data) {
      void message.error(
        t('ledger.error.invalid', { count: Object.keys(check.fieldErrors).length }),
      );
      const first = Object.keys(check.fieldErrors)[0] as LedgerField | undefined;
      if (first) document.getElementById(ledgerFieldId(first))?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await actions.save(draft, {
        ...(entry ? { id: entry.id } : {}),
        draftAttachmentIds: held,
        openedAt,
      });
      if (result.ok) {
        void message.success(t('ledger.form.saved', { title: result.entry.title }));
        onDone();
      } else {
        void message.error(result.message);
      }
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const remove = () => {
    if (!entry) return;
    modal.confirm({
      title: t('ledger.form.deleteTitle', { title: entry.title }),
      content: t('ledger.form.deleteBody'),
      okText: t('ledger.form.delete'),
      okButtonProps: { danger: true },
      cancelText: t('ledger.form.cancel'),
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          await actions.remove(entry.id);
          await actions.discard(held, openedAt);
          void message.success(t('ledger.form.deleted', { title: entry.title }));
          onDone();
        } catch (error) {
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  };

  return (
    <Form layout="vertical" onFinish={() => void save()} data-testid="ledger-form">
      <LedgerForm
        draft={draft}
        check={check}
        touched={touched}
        meetings={meetings}
        usedTags={usedTags}
        onChange={change}
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="ledger-save">
          {t('ledger.form.save')}
        </Button>
        <Button onClick={session.cancel}>{t('ledger.form.cancel')}</Button>
        {entry ? (
          <Button danger onClick={remove}>
            {t('ledger.form.delete')}
          </Button>
        ) : null}
      </Space>
    </Form>
  );
}
