import { ArrowUpOutlined, DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { render, t } from '../../../shared/i18n';
import type { SurveyProblem } from '../../../shared/surveys/check';
import type { SurveyItem } from '../../../shared/surveys/model';

/**
 * 评议项目: one line each on the ballot; reorder, add, remove, or go back to the defaults (the
 * items of the standard chosen for the round's year; undefined while they load).
 */
export function ItemsSection({
  items,
  defaults,
  problems,
  onChange,
}: {
  items: SurveyItem[];
  defaults: readonly SurveyItem[] | undefined;
  problems: readonly SurveyProblem[];
  onChange: (items: SurveyItem[]) => void;
}) {
  const set = (index: number, title: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, title } : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  const moveUp = (index: number) => {
    if (index === 0) return;
    const next = [...items];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    onChange(next);
  };
  const itemsProblem = problems.find((p) => p.field === 'items');
  return (
    <section className="survey-section" data-testid="survey-items">
      <Typography.Title level={5}>{t('surveys.field.items')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('surveys.form.itemsHint')}</Typography.Paragraph>
      {items.map((item, index) => {
        const problem = problems.find((p) => p.field === `items.${index}`);
        return (
          <Form.Item
            key={item.id}
            style={{ marginBottom: 8 }}
            {...(problem
              ? { validateStatus: 'error' as const, help: render(problem.message) }
              : {})}
          >
            <Space.Compact style={{ width: '100%' }}>
              <span className="survey-item-no">{index + 1}</span>
              <Input
                id={`survey-item-${index}`}
                value={item.title}
                maxLength={100}
                placeholder={t('surveys.form.itemPlaceholder')}
                onChange={(e) => set(index, e.target.value)}
              />
              <Button
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                aria-label={t('surveys.form.moveUp', { n: index + 1 })}
                onClick={() => moveUp(index)}
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('surveys.form.removeItem', { n: index + 1 })}
                onClick={() => remove(index)}
              />
            </Space.Compact>
          </Form.Item>
        );
      })}
      {itemsProblem ? (
        <Typography.Paragraph type="danger">{render(itemsProblem.message)}</Typography.Paragraph>
      ) : null}
      <Space style={{ marginBottom: 24 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...items, { id: crypto.randomUUID(), title: '' }])}
        >
          {t('surveys.form.addItem')}
        </Button>
        <Button
          icon={<UndoOutlined />}
          disabled={!defaults}
          onClick={() => defaults && onChange(defaults.map((item) => ({ ...item })))}
        >
          {t('surveys.form.resetItems')}
        </Button>
      </Space>
    </section>
  );
}
