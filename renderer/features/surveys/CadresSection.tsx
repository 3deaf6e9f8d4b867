import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { render, t } from '../../../shared/i18n';
import type { SurveyProblem } from '../../../shared/surveys/check';
import type { SurveyCadre } from '../../../shared/surveys/model';
import { useMembers } from '../members/useMembers';
import { cadreFromMember } from './round-draft';

/**
 * 被评议的工会干部: picked from the members on roll (name and 职务 copied) or typed. Each is
 * printed on the ballot and rated as a whole.
 */
export function CadresSection({
  cadres,
  problems,
  onChange,
}: {
  cadres: SurveyCadre[];
  problems: readonly SurveyProblem[];
  onChange: (cadres: SurveyCadre[]) => void;
}) {
  const members = useMembers();
  const picked = new Set(cadres.map((c) => c.memberId).filter(Boolean));
  const options = useMemo(
    () =>
      (members ?? [])
        .filter((m) => m.status === 'active')
        .map((m) => ({
          value: m.id,
          label: [m.name, m.position, m.department].filter(Boolean).join(' · '),
          search: `${m.name} ${m.searchKeys}`,
        })),
    [members],
  );
  const set = (index: number, patch: Partial<SurveyCadre>) =>
    onChange(cadres.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <section className="survey-section" data-testid="survey-cadres">
      <Typography.Title level={5}>{t('surveys.field.cadres')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('surveys.form.cadresHint')}</Typography.Paragraph>
      {cadres.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('surveys.form.cadresEmpty')}
        </Typography.Paragraph>
      ) : null}
      {cadres.map((cadre, index) => {
        const problem = problems.find((p) => p.field === `cadres.${index}`);
        return (
          <Form.Item
            key={cadre.id}
            style={{ marginBottom: 8 }}
            {...(problem
              ? { validateStatus: 'error' as const, help: render(problem.message) }
              : {})}
          >
            <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
              <span className="survey-item-no">{index + 1}</span>
              <Input
                id={`survey-cadre-${index}-name`}
                aria-label={t('surveys.field.cadreName')}
                value={cadre.name}
                maxLength={50}
                placeholder={t('surveys.form.cadreNamePlaceholder')}
                onChange={(e) => set(index, { name: e.target.value, memberId: undefined })}
              />
              <Input
                id={`survey-cadre-${index}-post`}
                aria-label={t('surveys.field.cadrePost')}
                value={cadre.post}
                maxLength={50}
                placeholder={t('surveys.form.cadrePostPlaceholder')}
                onChange={(e) => set(index, { post: e.target.value })}
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('surveys.form.removeCadre', {
                  name: cadre.name || String(index + 1),
                })}
                onClick={() => onChange(cadres.filter((_, i) => i !== index))}
              />
            </Space.Compact>
          </Form.Item>
        );
      })}
      <Space wrap style={{ marginBottom: 24 }}>
        <Select
          id="survey-cadre-pick"
          aria-label={t('surveys.form.pickCadre')}
          style={{ width: 320 }}
          showSearch={{
            filterOption: (input, option) =>
              (option?.search ?? '').toLowerCase().includes(input.toLowerCase()),
          }}
          placeholder={t('surveys.form.pickCadrePlaceholder')}
          value={null}
          options={options.filter((o) => !picked.has(o.value))}
          onChange={(memberId: string | null) => {
            const member = members?.find((m) => m.id === memberId);
            if (member) onChange([...cadres, cadreFromMember(member)]);
          }}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...cadres, { id: crypto.randomUUID(), name: '', post: '' }])}
        >
          {t('surveys.form.addCadre')}
        </Button>
      </Space>
    </section>
  );
}
