import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeMeeting } from '../../../../shared/meetings/fixtures';
import { minuteHash } from '../../../../shared/meetings/hash';
import { DEFAULT_MEETING_RULES } from '../../../../shared/meetings/rules';
import { MinuteDocument } from './MinuteDocument';
import { minuteView } from './minute-print';
import { SignInSheetDocument } from './SignInSheetDocument';
import { signInSheetView } from './sign-in-sheet';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the printed documents', () => {
  it('puts the running head in the repeated header and the addenda after the signatures', () => {
    const base = makeMeeting({ status: 'signed' });
    const signers = { chair: '王主席', recorder: '李记录', signedOn: '2026-03-16' };
    const meeting = {
      ...base,
      signature: {
        ...signers,
        signedAt: '2026-03-16T02:00:00.000Z',
        contentHash: minuteHash(base.id, base, signers),
      },
    };
    const addendum = {
      id: 'a1',
      createdAt: '2026-04-01T01:00:00.000Z',
      updatedAt: '2026-04-01T01:00:00.000Z',
      meetingId: meeting.id,
      date: '2026-04-01',
      text: '更正：弃权票应为 4 票。',
      author: '李记录',
    };
    const html = renderToStaticMarkup(
      <MinuteDocument
        view={minuteView(meeting, [addendum], DEFAULT_MEETING_RULES, '示例公司工会委员会')}
      />,
    );
    const thead = /<thead>(.*?)<\/thead>/.exec(html)![1]!;
    expect(text(thead)).toBe('示例公司工会委员会 · 第二届会员大会第三次会议 · 会议记录');
    const all = text(html);
    for (const item of meeting.items) expect(all.split(item.title)).toHaveLength(2);
    expect(all).toContain('主持人（签名）：王主席');
    expect(all).toContain('记录人（签名）：李记录');
    expect(all.indexOf('已签署锁定')).toBeLessThan(all.indexOf('补充说明 1'));
    expect(all).toContain('更正：弃权票应为 4 票。');
  });

  it('repeats the sign-in sheet’s column heads in its table header', () => {
    const view = signInSheetView(
      makeMeeting(),
      [{ memberId: 'm1', name: '张三' }],
      new Map([['m1', '质检部']]),
    );
    const html = renderToStaticMarkup(<SignInSheetDocument view={view} />);
    const thead = text(/<thead>(.*?)<\/thead>/.exec(html)![1]!);
    expect(thead).toBe('第二届会员大会第三次会议 · 签到表序号姓名部门签名备注');
    expect(text(/<tbody>(.*?)<\/tbody>/.exec(html)![1]!)).toContain('1张三质检部');
  });
});
