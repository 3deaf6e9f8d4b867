import { App, Alert, Button, Card, Form, Input, Space, Spin } from 'antd';
import { useEffect, useMemo, useReducer } from 'react';
import { render, t } from '../../../shared/i18n';
import { checkMeeting } from '../../../shared/meetings/check';
import type { MeetingContent } from '../../../shared/meetings/model';
import { meetingType, type MeetingRules } from '../../../shared/meetings/rules';
import { localToday } from '../../../shared/validation/date';
import { MeetingError } from '../../db/meetings';
import { AttachmentField } from '../attachments/AttachmentField';
import { useAttachmentDraft } from '../attachments/useAttachmentDraft';
import { useSaveShortcut } from '../../app/useSaveShortcut';
import { AgendaSection } from './AgendaSection';
import { BasicsSection } from './BasicsSection';
import { AttendanceSection } from './AttendanceSection';
import {
  applyProposal,
  existingMinuteDraft,
  newMinuteDraft,
  patchContent,
  setPresent,
  type MinuteDraft,
} from './minute-draft';
import { useMeetingActions } from './useMeetingActions';
import { useExpectedProposal, useMeeting } from './useMeetings';
import { quorumView } from './verdict-view';
import { VerdictTag } from './VerdictTag';

type Action =
  | { kind: 'patch'; patch: Partial<MeetingContent> }
  | { kind: 'proposal'; count: number | undefined }
  | { kind: 'present'; people: { memberId: string; name: string }[]; ids: ReadonlySet<string> }
  | { kind: 'reset'; draft: MinuteDraft };

function reducer(rules: MeetingRules) {
  return (draft: MinuteDraft, action: Action): MinuteDraft => {
    switch (action.kind) {
      case 'patch':
        return patchContent(draft, action.patch, rules);
      case 'proposal':
        return applyProposal(draft, action.count);
      case 'present':
        return setPresent(draft, action.people, action.ids);
      case 'reset':
        return action.draft;
    }
  };
}

/** The form of a new or unsigned minute. A signed minute never opens here (see MeetingDetail). */
export function MeetingEditor({
  meetingId,
  planned,
  rules,
  onDone,
  onCancel,
}: {
  meetingId: string | null;
  planned: boolean;
  rules: MeetingRules;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const loaded = useMeeting(meetingId);
  if (meetingId && loaded === undefined) return <Spin />;
  if (meetingId && (loaded === null || loaded?.meeting.status === 'signed')) {
    return (
      <Alert
        type="warning"
        showIcon
        title={loaded ? t('meetings.error.locked') : t('meetingsUi.detail.notFound')}
        action={<Button onClick={onCancel}>{t('meetingsUi.detail.back')}</Button>}
      />
    );
  }
  const initial = loaded
    ? existingMinuteDraft(loaded.meeting)
    : newMinuteDraft(rules, localToday());
  return (
    <EditorForm
      meetingId={meetingId}
      initial={initial}
      wasPlanned={loaded?.meeting.status === 'planned'}
      status={planned ? 'planned' : 'draft'}
      rules={rules}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

function EditorForm({
  meetingId,
  initial,
  wasPlanned,
  status,
  rules,
  onDone,
  onCancel,
}: {
  meetingId: string | null;
  initial: MinuteDraft;
  wasPlanned: boolean;
  status: 'planned' | 'draft';
  rules: MeetingRules;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { message, modal } = App.useApp();
  const actions = useMeetingActions();
  const reduce = useMemo(() => reducer(rules), [rules]);
  const [draft, dispatch] = useReducer(reduce, initial);
  const { content } = draft;
  const type = meetingType(rules, content.type);
  const proposal = useExpectedProposal(rules, content.type, content.date);
  const check = useMemo(
    () => checkMeeting(content, { rules, membersOnRoll: proposal?.membersOnRoll ?? 0 }),
    [content, rules, proposal?.membersOnRoll],
  );
  const patch = (p: Partial<MeetingContent>) => dispatch({ kind: 'patch', patch: p });
  const uploads = useAttachmentDraft();
  const setAttachments = (ids: string[]) => {
    uploads.hold(ids);
    patch({ attachmentIds: ids });
  };
  const formDraft = { attachmentIds: uploads.held, openedAt: uploads.openedAt };
  const planning = status === 'planned';

  useEffect(() => {
    if (proposal) dispatch({ kind: 'proposal', count: proposal.count });
  }, [proposal]);

  const save = async () => {
    const cleaned: MeetingContent = {
      ...content,
      title: content.title.trim(),
      place: content.place.trim(),
      absentees: content.absentees.filter((a) => a.name.trim() !== ''),
    };
    try {
      const saved = await actions.save({
        ...(meetingId ? { id: meetingId } : {}),
        content: cleaned,
        status,
        draft: formDraft,
      });
      void message.success(t('meetingsUi.save.done'));
      onDone(saved.id);
    } catch (error) {
      const reason = error instanceof MeetingError ? error.message : String(error);
      void message.error(reason);
    }
  };
  useSaveShortcut(() => void save());

  const leave = () => void actions.discard(formDraft).finally(onCancel);
  const cancel = () => {
    if (!draft.dirty) return leave();
    modal.confirm({
      title: t('meetingsUi.save.leave'),
      okText: t('meetingsUi.detail.back'),
      cancelText: t('meetingsUi.save.cancel'),
      onOk: leave,
    });
  };

  const heading = planning
    ? t('meetingsUi.form.planTitle')
    : wasPlanned
      ? t('meetingsUi.form.recordTitle')
      : meetingId
        ? t('meetingsUi.form.editTitle')
        : t('meetingsUi.form.newTitle');
  const quorum = quorumView(rules, content);

  return (
    <Form layout="vertical" component="div" className="meeting-editor" data-testid="meeting-editor">
      <Card
        title={heading}
        extra={
          <Space>
            <Button onClick={cancel}>{t('meetingsUi.save.cancel')}</Button>
            <Button
              type="primary"
              onClick={() => void save()}
              title={t('meetingsUi.save.shortcut')}
              data-testid="meeting-save"
            >
              {planning ? t('meetingsUi.save.planned') : t('meetingsUi.save.draft')}
            </Button>
          </Space>
        }
      >
        {check.errors.length > 0 && draft.dirty ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('meetingsUi.check.errors')}
            description={
              <ul className="plain-list">
                {check.errors.map((p) => (
                  <li key={p.field}>{render(p.message)}</li>
                ))}
              </ul>
            }
            data-testid="meeting-errors"
          />
        ) : null}
        {check.warnings.length > 0 && !planning ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('meetingsUi.check.warnings')}
            description={
              <ul className="plain-list">
                {check.warnings.map((p) => (
                  <li key={p.field + p.message.key}>{render(p.message)}</li>
                ))}
              </ul>
            }
            data-testid="meeting-warnings"
          />
        ) : null}

        <h3 className="section-heading">{t('meetingsUi.form.basics')}</h3>
        <BasicsSection
          content={content}
          rules={rules}
          candidates={proposal?.candidates ?? []}
          problems={check.errors}
          onPatch={patch}
        />

        <h3 className="section-heading">
          {t('meetingsUi.form.attendance')}{' '}
          {planning ? null : <VerdictTag view={quorum} testId="meeting-quorum" />}
        </h3>
        {quorum.text ? (
          <p className="muted">
            {quorum.text} · {t('meetingsUi.rule.applied', { name: rules.name })}
          </p>
        ) : null}
        <AttendanceSection
          content={content}
          proposal={proposal}
          expectedFrom={type?.expectedFrom}
          problems={check.errors}
          onPatch={patch}
          onPresent={(ids) => dispatch({ kind: 'present', people: proposal?.people ?? [], ids })}
        />

        <h3 className="section-heading">{t('meetingsUi.form.items')}</h3>
        <AgendaSection
          content={content}
          rules={rules}
          problems={check.errors}
          onChange={(items) => patch({ items })}
        />

        <h3 className="section-heading">{t('meetingsUi.form.attachments')}</h3>
        <Form.Item>
          <AttachmentField
            id="meeting-attachments"
            value={content.attachmentIds}
            onChange={setAttachments}
          />
        </Form.Item>

        <h3 className="section-heading">{t('meetingsUi.form.closing')}</h3>
        <Form.Item label={t('meetingsUi.field.closing')} htmlFor="meeting-closing">
          <Input.TextArea
            id="meeting-closing"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={content.closing}
            onChange={(e) => patch({ closing: e.target.value })}
          />
        </Form.Item>
      </Card>
    </Form>
  );
}
