import { describe, expect, it } from 'vitest';
import { makeMeeting } from '../../../../shared/meetings/fixtures';
import { EXTRA_BLANK_ROWS, MIN_BLANK_ROWS, signInRows, signInSheetView } from './sign-in-sheet';

describe('the printed sign-in sheet', () => {
  const people = [
    { memberId: 'm1', name: '张三' },
    { memberId: 'm2', name: '李四' },
    { name: '王五' },
  ];
  const departments = new Map([
    ['m1', '装配车间'],
    ['m2', ''],
  ]);

  it('has one numbered row per expected member with the department, then a few blanks', () => {
    const rows = signInRows(people, departments, 3);
    expect(rows.slice(0, 3)).toEqual([
      { key: 'm1', index: 1, name: '张三', department: '装配车间' },
      { key: 'm2', index: 2, name: '李四', department: '' },
      { key: 'person-2', index: 3, name: '王五', department: '' },
    ]);
    expect(rows).toHaveLength(3 + EXTRA_BLANK_ROWS);
    expect(rows.at(-1)).toMatchObject({ index: 3 + EXTRA_BLANK_ROWS, name: '' });
  });

  it('prints numbered blank rows for a type not taken from the roster', () => {
    expect(signInRows([], departments, 9)).toHaveLength(MIN_BLANK_ROWS);
    expect(signInRows([], departments, 23)).toHaveLength(23);
    const view = signInSheetView(
      makeMeeting({ type: 'committee', expected: { count: 7 } }),
      [],
      departments,
    );
    expect(view.manualNote).toContain('请按实际应到人员填写姓名');
    expect(view.meta).toContain('应到：7 人');
  });

  it('names the meeting, its time and place', () => {
    const view = signInSheetView(makeMeeting(), people, departments);
    expect(view.heading).toBe('第二届会员大会第三次会议签到表');
    expect(view.meta).toEqual([
      '会议名称：第二届会员大会第三次会议',
      '会议时间：2026 年 3 月 15 日 14:00—16:30',
      '会议地点：公司三楼会议室',
      '应到：3 人',
    ]);
    expect(view.runningHead).toBe('第二届会员大会第三次会议 · 签到表');
    expect(view.manualNote).toBeNull();
  });
});
