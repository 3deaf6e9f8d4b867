import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { emptyLedgerDraft, ledgerEntrySchema, type LedgerDraft } from './model';
import { validateLedgerEntry } from './validate';

const today = '2026-06-30';
const draft = (patch: Partial<LedgerDraft> = {}): LedgerDraft => ({
  ...emptyLedgerDraft('2026-03-08'),
  title: '  三八妇女节趣味运动会 ',
  areas: ['area5', 'area3'],
  tags: [' 文体', '女职工', '文体', ''],
  participants: 64,
  ...patch,
});
const errorText = (patch: Partial<LedgerDraft>, field: keyof LedgerDraft) => {
  const error = validateLedgerEntry(draft(patch), { today }).fieldErrors[field];
  return error ? render(error) : undefined;
};

describe('validateLedgerEntry', () => {
  it('cleans a good entry: trimmed title, areas in campaign order, unique tags', () => {
    const check = validateLedgerEntry(draft(), { today });
    expect(check.fieldErrors).toEqual({});
    expect(check.data).toEqual({
      date: '2026-03-08',
      title: '三八妇女节趣味运动会',
      areas: ['area3', 'area5'],
      tags: ['文体', '女职工'],
      participants: 64,
      description: '',
      attachmentIds: [],
    });
  });

  it('keeps the optional fields out when blank and the meeting link when given', () => {
    const check = validateLedgerEntry(draft({ participants: null, meetingId: 'm1' }), { today });
    expect(check.data).not.toHaveProperty('participants');
    expect(check.data?.meetingId).toBe('m1');
  });

  it('names the field in every message', () => {
    expect(errorText({ title: '   ' }, 'title')).toBe('请填写标题。');
    expect(errorText({ title: '字'.repeat(101) }, 'title')).toContain('标题不能超过 100 个字');
    expect(errorText({ date: '' }, 'date')).toBe('请填写日期。');
    expect(errorText({ date: '2026-02-30' }, 'date')).toContain('不是有效的日期');
    expect(errorText({ date: '2026-07-01' }, 'date')).toContain('晚于今天');
    expect(errorText({ areas: [] }, 'areas')).toBe('请至少选择一个工作领域。');
    expect(errorText({ areas: ['area9'] }, 'areas')).toContain('工作领域');
    expect(errorText({ participants: -1 }, 'participants')).toContain('参加人数应为 0 到');
    expect(errorText({ participants: 2.5 }, 'participants')).toContain('参加人数');
    expect(errorText({ tags: ['一二三四五六七八九十一二三'] }, 'tags')).toContain(
      '标签“一二三四五六七八九十一二三”超过 12 个字',
    );
    expect(errorText({ description: '字'.repeat(5001) }, 'description')).toContain('工作情况');
  });

  it('gives no data while any field is wrong', () => {
    const check = validateLedgerEntry(draft({ title: '', areas: [] }), { today });
    expect(check.data).toBeUndefined();
    expect(Object.keys(check.fieldErrors).sort()).toEqual(['areas', 'title']);
  });

  it('produces what the stored-row schema accepts', () => {
    const check = validateLedgerEntry(draft({ attachmentIds: ['a', 'a', 'b'] }), { today });
    expect(check.data?.attachmentIds).toEqual(['a', 'b']);
    const row = {
      id: 'x',
      createdAt: '2026-03-08T01:00:00.000Z',
      updatedAt: '2026-03-08T01:00:00.000Z',
      ...check.data,
    };
    expect(ledgerEntrySchema.safeParse(row).success).toBe(true);
  });
});
