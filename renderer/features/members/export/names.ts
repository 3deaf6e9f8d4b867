import { t } from '../../../../shared/i18n';
import { compactDate } from '../../../print/page';

/**
 * The union's name as titles use it: "XX公司工会委员会" is the committee, the title names the
 * union ("XX公司工会会员名册").
 */
export function unionTitleName(unionName: string): string {
  const name = unionName.trim();
  return name.endsWith('工会委员会') ? name.slice(0, -'委员会'.length) : name;
}

/**
 * A file name without the characters Windows refuses (and the bridge's schema rejects), without
 * trailing dots or spaces, and short enough for any file system.
 */
export function safeFileName(text: string): string {
  const cleaned = [...text]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char.charCodeAt(0) < 0x20 ? '_' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return cleaned || '_';
}

/** "会员名册_<工会名>_<YYYYMMDD>", without an extension. */
export function rosterFileName(unionName: string, today: string): string {
  return safeFileName(
    t('report.roster.fileName', { union: unionName.trim(), date: compactDate(today) }),
  );
}
