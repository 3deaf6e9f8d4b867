const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as 届次 are written: 一, 十, 十二, 二十, 二十三. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/**
 * The conventional name of a meeting from its 届次 and 次数: 第二届会员代表大会第三次会议,
 * 第二届工会委员会第五次会议. Without a 届次 it is just the type (and 次数 if given).
 */
export function suggestMeetingTitle(typeLabel: string, term?: number, session?: number): string {
  const base = typeLabel.replace(/会议$/, '');
  const termPart = term ? `第${chineseNumber(term)}届` : '';
  const sessionPart = session
    ? `第${chineseNumber(session)}次会议`
    : base === typeLabel
      ? ''
      : '会议';
  return `${termPart}${base}${sessionPart}`;
}
