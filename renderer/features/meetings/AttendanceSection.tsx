import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { render, t } from '../../../shared/i18n';
import type { Absentee, MeetingContent } from '../../../shared/meetings/model';
import type { ExpectedProposal } from '../../db/meetings';
import type { MeetingProblem } from '../../../shared/meetings/check';
import type { ExpectedSource } from '../../../shared/meetings/rules';

/**
 * 应到, 实到 and who was absent. With a roster proposal the clerk ticks who came and types a
 * reason beside each absentee; for a large meeting (or a committee without a roster list) only
 * the counts and named absentees are entered.
 */
export function AttendanceSection({
  content,
  proposal,
  expectedFrom,
  problems,
  onPatch,
  onPresent,
}: {
  content: MeetingContent;
  expectedFrom: ExpectedSource | undefined;
  proposal: ExpectedProposal | undefined;
  problems: readonly MeetingProblem[];
  onPatch: (patch: Partial<MeetingContent>) => void;
  onPresent: (presentIds: ReadonlySet<string>) => void;
}) {
  const people = proposal?.people ?? [];
  const ticking = content.attendance.mode === 'roster' && people.length > 0;
  const problemAt = (field: string) => problems.find((p) => p.field === field);
  const help = (field: string) => {
    const problem = problemAt(field);
    return problem ? render(problem.message) : undefined;
  };

  return (
    <>
      <Space wrap align="start" size="large">
        <Form.Item
          label={t('meetingsUi.field.expected')}
          htmlFor="meeting-expected"
          validateStatus={problemAt('expected.reason') ? 'error' : undefined}
          extra={
            proposal?.count !== undefined
              ? t(
                  expectedFrom === 'representatives'
                    ? 'meetingsUi.proposal.representatives'
                    : 'meetingsUi.proposal.members',
                  { date: content.date, count: proposal.count },
                )
              : t('meetingsUi.proposal.manual')
          }
        >
          <Space>
            <InputNumber
              id="meeting-expected"
              min={0}
              precision={0}
              value={content.expected.count}
              onChange={(value) =>
                onPatch({ expected: { ...content.expected, count: value ?? 0 } })
              }
            />
            {proposal?.count !== undefined && proposal.count !== content.expected.count ? (
              <Button
                size="small"
                onClick={() =>
                  onPatch({ expected: { count: proposal.count!, proposed: proposal.count! } })
                }
              >
                {t('meetingsUi.proposal.use')}
              </Button>
            ) : null}
          </Space>
        </Form.Item>
        {proposal?.count !== undefined && proposal.count !== content.expected.count ? (
          <Form.Item
            label={t('meetingsUi.field.expectedReason')}
            htmlFor="meeting-expected-reason"
            required
            validateStatus={problemAt('expected.reason') ? 'error' : undefined}
            help={help('expected.reason')}
          >
            <Input
              id="meeting-expected-reason"
              style={{ width: 320 }}
              value={content.expected.reason ?? ''}
              placeholder={t('meetingsUi.field.expectedReasonPlaceholder')}
              onChange={(event) =>
                onPatch({ expected: { ...content.expected, reason: event.target.value } })
              }
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('meetingsUi.attendance.mode')}>
          <Radio.Group
            value={content.attendance.mode}
            onChange={(event) =>
              onPatch(
                event.target.value === 'counts'
                  ? {
                      attendance: { mode: 'counts', present: 0 },
                      absentees: content.absentees.filter((a) => !a.memberId),
                    }
                  : { attendance: { mode: 'roster', present: [] }, absentees: [] },
              )
            }
            options={[
              { value: 'roster', label: t('meetingsUi.attendance.roster') },
              { value: 'counts', label: t('meetingsUi.attendance.counts') },
            ]}
          />
        </Form.Item>
      </Space>

      {content.attendance.mode === 'counts' ? (
        <Form.Item
          label={t('meetingsUi.field.present')}
          htmlFor="meeting-present"
          validateStatus={problemAt('attendance') ? 'error' : undefined}
          help={help('attendance')}
        >
          <InputNumber
            id="meeting-present"
            min={0}
            precision={0}
            value={content.attendance.present}
            onChange={(value) => onPatch({ attendance: { mode: 'counts', present: value ?? 0 } })}
          />
        </Form.Item>
      ) : ticking ? (
        <RosterTicks
          content={content}
          people={people}
          onPresent={onPresent}
          onReasons={(absentees) => onPatch({ absentees })}
        />
      ) : (
        <Form.Item
          label={t('meetingsUi.attendance.pick')}
          validateStatus={problemAt('attendance') ? 'error' : undefined}
          help={help('attendance')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('meetingsUi.attendance.pick')}
            value={content.attendance.present.map((p) => p.memberId ?? p.name)}
            options={(proposal?.candidates ?? []).map((p) => ({
              value: p.memberId,
              label: p.department ? `${p.name}（${p.department}）` : p.name,
            }))}
            onChange={(ids: string[]) => {
              const byId = new Map((proposal?.candidates ?? []).map((p) => [p.memberId, p]));
              onPatch({
                attendance: {
                  mode: 'roster',
                  present: ids.map((id) => {
                    const person = byId.get(id);
                    return person ? { memberId: person.memberId, name: person.name } : { name: id };
                  }),
                },
              });
            }}
          />
        </Form.Item>
      )}

      {!ticking ? (
        <NamedAbsentees
          absentees={content.absentees}
          error={help('absentees')}
          onChange={(absentees) => onPatch({ absentees })}
        />
      ) : problemAt('absentees') || problemAt('attendance') ? (
        <Typography.Text type="danger">{help('attendance') ?? help('absentees')}</Typography.Text>
      ) : null}
    </>
  );
}

function RosterTicks({
  content,
  people,
  onPresent,
  onReasons,
}: {
  content: MeetingContent;
  people: NonNullable<ExpectedProposal>['people'];
  onPresent: (ids: ReadonlySet<string>) => void;
  onReasons: (absentees: Absentee[]) => void;
}) {
  const [needle, setNeedle] = useState('');
  const presentIds = useMemo(
    () =>
      new Set(
        content.attendance.mode === 'roster'
          ? content.attendance.present.flatMap((p) => (p.memberId ? [p.memberId] : []))
          : [],
      ),
    [content.attendance],
  );
  const reasons = new Map(content.absentees.map((a) => [a.memberId, a.reason]));
  const shown = needle.trim()
    ? people.filter(
        (p) => p.name.includes(needle.trim()) || (p.department ?? '').includes(needle.trim()),
      )
    : people;
  const toggle = (memberId: string, present: boolean) => {
    const next = new Set(presentIds);
    if (present) next.add(memberId);
    else next.delete(memberId);
    onPresent(next);
  };
  const setReason = (memberId: string, reason: string) =>
    onReasons(content.absentees.map((a) => (a.memberId === memberId ? { ...a, reason } : a)));

  return (
    <div className="attendance-ticks" data-testid="attendance-ticks">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button onClick={() => onPresent(new Set(people.map((p) => p.memberId)))}>
          {t('meetingsUi.attendance.all')}
        </Button>
        <Button onClick={() => onPresent(new Set())}>{t('meetingsUi.attendance.none')}</Button>
        <Input
          allowClear
          style={{ width: 220 }}
          placeholder={t('meetingsUi.attendance.filter')}
          aria-label={t('meetingsUi.attendance.filter')}
          value={needle}
          onChange={(event) => setNeedle(event.target.value)}
        />
        <Typography.Text type="secondary" data-testid="attendance-summary">
          {t('meetingsUi.attendance.summary', {
            present: presentIds.size,
            absent: people.length - presentIds.size,
          })}
        </Typography.Text>
      </Space>
      <div className="attendance-grid">
        {shown.map((person) => {
          const present = presentIds.has(person.memberId);
          return (
            <div key={person.memberId} className="attendance-row">
              <Checkbox
                checked={present}
                onChange={(event) => toggle(person.memberId, event.target.checked)}
              >
                {person.name}
                {person.department ? (
                  <Typography.Text type="secondary">（{person.department}）</Typography.Text>
                ) : null}
              </Checkbox>
              {!present && presentIds.size > 0 ? (
                <Input
                  size="small"
                  aria-label={`${person.name} ${t('meetingsUi.absent.reason')}`}
                  placeholder={t('meetingsUi.absent.reasonPlaceholder')}
                  value={reasons.get(person.memberId) ?? ''}
                  onChange={(event) => setReason(person.memberId, event.target.value)}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function NamedAbsentees({
  absentees,
  error,
  onChange,
}: {
  absentees: Absentee[];
  error: string | undefined;
  onChange: (absentees: Absentee[]) => void;
}) {
  const set = (index: number, patch: Partial<Absentee>) =>
    onChange(absentees.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <Form.Item
      label={t('meetingsUi.absent.title')}
      validateStatus={error ? 'error' : undefined}
      help={error}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {absentees.map((absentee, index) => (
          <Space key={index}>
            <Input
              aria-label={t('meetingsUi.absent.name')}
              placeholder={t('meetingsUi.absent.name')}
              value={absentee.name}
              onChange={(event) => set(index, { name: event.target.value })}
            />
            <Input
              aria-label={t('meetingsUi.absent.reason')}
              placeholder={t('meetingsUi.absent.reasonPlaceholder')}
              value={absentee.reason}
              onChange={(event) => set(index, { reason: event.target.value })}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('meetingsUi.absent.remove')}
              onClick={() => onChange(absentees.filter((_, i) => i !== index))}
            />
          </Space>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...absentees, { name: '', reason: '' }])}
        >
          {t('meetingsUi.absent.add')}
        </Button>
      </Space>
    </Form.Item>
  );
}
