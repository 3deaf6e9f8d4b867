import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Form, Input, InputNumber, Select, Space } from 'antd';
import { STANDARD_TAG_TEXTS, uniqueTags } from '../../../shared/campaign/tags';
import { render, t } from '../../../shared/i18n';
import type { MeetingProblem } from '../../../shared/meetings/check';
import { VOTE_METHOD_LABELS } from '../../../shared/meetings/labels';
import {
  VOTE_METHODS,
  type AgendaItem,
  type MeetingContent,
  type Vote,
} from '../../../shared/meetings/model';
import type { MeetingRules } from '../../../shared/meetings/rules';
import { moveItem, newAgendaItem } from './minute-draft';
import { voteView } from './verdict-view';
import { VerdictTag } from './VerdictTag';

const TAG_OPTIONS = STANDARD_TAG_TEXTS.map((tag) => ({ value: tag, label: tag }));
const COUNTS = ['for', 'against', 'abstain'] as const;

/** The agenda: each item with its discussion, tags, vote (verdict computed) and resolution. */
export function AgendaSection({
  content,
  rules,
  problems,
  onChange,
}: {
  content: MeetingContent;
  rules: MeetingRules;
  problems: readonly MeetingProblem[];
  onChange: (items: AgendaItem[]) => void;
}) {
  const { items } = content;
  const set = (index: number, patch: Partial<AgendaItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const problem = (field: string) => problems.find((p) => p.field === field);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {items.length === 0 ? <Empty description={t('meetingsUi.item.none')} /> : null}
      {items.map((item, index) => {
        const view = voteView(rules, item, content);
        const titleProblem = problem(`items.${index}.title`);
        const voteProblem = problem(`items.${index}.vote`);
        const prefix = `meeting-item-${index}`;
        return (
          <Card
            key={item.id}
            size="small"
            data-testid={prefix}
            title={t('meetingsUi.item.label', { n: index + 1 })}
            extra={
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('meetingsUi.item.up')}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(items, index, -1))}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('meetingsUi.item.down')}
                  disabled={index === items.length - 1}
                  onClick={() => onChange(moveItem(items, index, 1))}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('meetingsUi.item.remove')}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                />
              </Space>
            }
          >
            <Form.Item
              label={t('meetingsUi.item.title')}
              htmlFor={`${prefix}-title`}
              required
              validateStatus={titleProblem ? 'error' : undefined}
              help={titleProblem ? render(titleProblem.message) : undefined}
            >
              <Input
                id={`${prefix}-title`}
                value={item.title}
                placeholder={t('meetingsUi.item.titlePlaceholder')}
                onChange={(event) => set(index, { title: event.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('meetingsUi.item.discussion')} htmlFor={`${prefix}-discussion`}>
              <Input.TextArea
                id={`${prefix}-discussion`}
                autoSize={{ minRows: 2, maxRows: 12 }}
                value={item.discussion}
                onChange={(event) => set(index, { discussion: event.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('meetingsUi.item.tags')} htmlFor={`${prefix}-tags`}>
              <Select
                id={`${prefix}-tags`}
                mode="tags"
                value={item.tags}
                options={TAG_OPTIONS}
                placeholder={t('meetingsUi.item.tagsPlaceholder')}
                onChange={(tags: string[]) => set(index, { tags: uniqueTags(tags) })}
              />
            </Form.Item>
            <Checkbox
              checked={item.vote !== undefined}
              onChange={(event) => {
                if (event.target.checked) {
                  set(index, { vote: { method: 'show', for: 0, against: 0, abstain: 0 } });
                } else {
                  const rest = { ...item };
                  delete rest.vote;
                  onChange(items.map((it, i) => (i === index ? rest : it)));
                }
              }}
            >
              {t('meetingsUi.item.hasVote')}
            </Checkbox>
            {item.vote ? (
              <Form.Item
                style={{ marginTop: 8 }}
                validateStatus={voteProblem ? 'error' : undefined}
                help={voteProblem ? render(voteProblem.message) : view?.text}
              >
                <Space wrap>
                  <Select
                    aria-label={t('meetingsUi.item.method')}
                    style={{ width: 140 }}
                    value={item.vote.method}
                    options={VOTE_METHODS.map((m) => ({
                      value: m,
                      label: t(VOTE_METHOD_LABELS[m]),
                    }))}
                    onChange={(method) => set(index, { vote: { ...item.vote!, method } })}
                  />
                  {COUNTS.map((key) => (
                    <Space key={key} size={4}>
                      <label htmlFor={`${prefix}-${key}`}>{t(`meetingsUi.item.${key}`)}</label>
                      <InputNumber
                        id={`${prefix}-${key}`}
                        min={0}
                        precision={0}
                        style={{ width: 90 }}
                        value={item.vote![key]}
                        onChange={(value) =>
                          set(index, { vote: { ...item.vote!, [key]: value ?? 0 } as Vote })
                        }
                      />
                    </Space>
                  ))}
                  {view ? <VerdictTag view={view} testId={`${prefix}-verdict`} /> : null}
                </Space>
              </Form.Item>
            ) : null}
            <Form.Item
              label={t('meetingsUi.item.resolution')}
              htmlFor={`${prefix}-resolution`}
              style={{ marginTop: 8 }}
            >
              <Input.TextArea
                id={`${prefix}-resolution`}
                autoSize={{ minRows: 1, maxRows: 6 }}
                value={item.resolution}
                onChange={(event) => set(index, { resolution: event.target.value })}
              />
            </Form.Item>
          </Card>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...items, newAgendaItem()])}>
        {t('meetingsUi.item.add')}
      </Button>
    </Space>
  );
}
