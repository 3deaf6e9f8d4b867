import { Col, DatePicker, Form, Input, InputNumber, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { render, t, type PlainMessageKey } from '../../../shared/i18n';
import type { MeetingProblem } from '../../../shared/meetings/check';
import type { MeetingContent } from '../../../shared/meetings/model';
import type { MeetingRules } from '../../../shared/meetings/rules';
import type { RosterPerson } from '../../db/meetings';
import { PersonField } from './PersonField';

type Patch = (patch: Partial<MeetingContent>) => void;

/** 基本信息: type, 届次/次数, name, date and times, place, 主持人, 记录人, 列席. */
export function BasicsSection({
  content,
  rules,
  candidates,
  problems,
  onPatch,
}: {
  content: MeetingContent;
  rules: MeetingRules;
  candidates: readonly RosterPerson[];
  problems: readonly MeetingProblem[];
  onPatch: Patch;
}) {
  // One labelled cell of the grid, showing the check's message for its field.
  const cell = (
    span: { xs: number; md: number },
    field: keyof MeetingContent,
    label: PlainMessageKey,
    input: ReactNode,
    required = false,
  ) => {
    const problem = problems.find((p) => p.field === field);
    return (
      <Col xs={span.xs} md={span.md}>
        <Form.Item
          label={t(label)}
          htmlFor={`meeting-${field}`}
          required={required}
          validateStatus={problem ? 'error' : undefined}
          help={problem ? render(problem.message) : undefined}
        >
          {input}
        </Form.Item>
      </Col>
    );
  };
  const count = (field: 'term' | 'session') => (
    <InputNumber
      id={`meeting-${field}`}
      min={1}
      max={99}
      precision={0}
      value={content[field]}
      onChange={(v) => onPatch({ [field]: v ?? undefined })}
    />
  );
  const time = (field: 'startTime' | 'endTime') => (
    <TimePicker
      id={`meeting-${field}`}
      format="HH:mm"
      minuteStep={5}
      style={{ width: '100%' }}
      value={content[field] ? dayjs(`2000-01-01T${content[field]}`) : null}
      onChange={(value) => onPatch({ [field]: value ? value.format('HH:mm') : undefined })}
    />
  );
  const person = (field: 'chair' | 'recorder') => (
    <PersonField
      id={`meeting-${field}`}
      value={content[field]}
      candidates={candidates}
      onChange={(value) => onPatch({ [field]: value })}
    />
  );

  return (
    <Row gutter={16}>
      {cell(
        { xs: 24, md: 8 },
        'type',
        'meetingsUi.field.type',
        <Select
          id="meeting-type"
          value={content.type}
          options={rules.types.map((ty) => ({ value: ty.id, label: ty.label }))}
          onChange={(value: string) => onPatch({ type: value })}
        />,
        true,
      )}
      {cell({ xs: 12, md: 4 }, 'term', 'meetingsUi.field.term', count('term'))}
      {cell({ xs: 12, md: 4 }, 'session', 'meetingsUi.field.session', count('session'))}
      {cell(
        { xs: 24, md: 8 },
        'date',
        'meetingsUi.field.date',
        <DatePicker
          id="meeting-date"
          style={{ width: '100%' }}
          allowClear={false}
          value={dayjs(content.date)}
          onChange={(value) => value && onPatch({ date: value.format('YYYY-MM-DD') })}
        />,
        true,
      )}
      {cell(
        { xs: 24, md: 16 },
        'title',
        'meetingsUi.field.title',
        <Input
          id="meeting-title"
          value={content.title}
          maxLength={100}
          onChange={(e) => onPatch({ title: e.target.value })}
        />,
        true,
      )}
      {cell({ xs: 12, md: 4 }, 'startTime', 'meetingsUi.field.startTime', time('startTime'))}
      {cell({ xs: 12, md: 4 }, 'endTime', 'meetingsUi.field.endTime', time('endTime'))}
      {cell(
        { xs: 24, md: 8 },
        'place',
        'meetingsUi.field.place',
        <Input
          id="meeting-place"
          value={content.place}
          maxLength={100}
          onChange={(e) => onPatch({ place: e.target.value })}
        />,
      )}
      {cell({ xs: 12, md: 8 }, 'chair', 'meetingsUi.field.chair', person('chair'))}
      {cell({ xs: 12, md: 8 }, 'recorder', 'meetingsUi.field.recorder', person('recorder'))}
      {cell(
        { xs: 24, md: 24 },
        'observers',
        'meetingsUi.field.observers',
        <Select
          id="meeting-observers"
          mode="tags"
          open={false}
          suffixIcon={null}
          value={content.observers}
          placeholder={t('meetingsUi.field.observersPlaceholder')}
          onChange={(observers: string[]) =>
            onPatch({ observers: observers.map((o) => o.trim()).filter(Boolean) })
          }
        />,
      )}
    </Row>
  );
}
