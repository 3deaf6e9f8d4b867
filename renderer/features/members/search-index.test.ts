import { describe, expect, it } from 'vitest';
import { seeded } from '../../../test/fixtures/random';
import { buildSearchIndex, searchKeys } from './search-index';

/** What the index must answer: the keys that contain any of the needles. */
function expected(keys: readonly string[], needles: readonly string[]): number[] {
  return keys.flatMap((key, i) => (needles.some((needle) => key.includes(needle)) ? [i] : []));
}

function found(keys: readonly string[], needles: readonly string[]): number[] {
  const hits = searchKeys(buildSearchIndex(keys), needles);
  return keys.flatMap((_, i) => (hits[i] === 1 ? [i] : []));
}

// Markers as shared/members/search.ts uses them: between readings, before and after the
// 会员证号, after the ID number.
const [PY, NO, NO_END, ID_END] = ['\u0001', '\u0002', '\u0003', '\u0004'];
const key = (name: string, pinyin: string[], no: string, doc: string) =>
  `${name}${PY}${pinyin.join(PY)}${NO}${no}${NO_END}${doc}${ID_END}`;

describe('the search index', () => {
  const keys = [
    key('张三', ['zhangsan', 'san', 'zs', 's'], 'hy-0001', '330106198503120116'),
    key('李娜', ['lina', 'na', 'ln', 'n'], '工会12号', '330106199007010123'),
    key('王五', ['wangwu', 'wu', 'ww', 'w'], '', '11010519491231002x'),
    '',
    key('𠮷田', [], 'a\u0003b', '0116'),
  ];

  it('finds a field by its start or end, and anything anywhere', () => {
    const cases: string[][] = [
      [`${NO}hy`],
      [`0001${NO_END}`],
      [`0116${ID_END}`],
      [`${NO}工会`],
      [`12号${NO_END}`],
      [`${PY}san`, `${PY}zs`],
      ['张'],
      ['𠮷'],
      ['\ud842'],
      [`${NO_END}330106`],
      [`0116${ID_END}`, `${NO}0116`, `0116${NO_END}`],
      [`${NO}${NO_END}`],
      ['x'],
      ['nope'],
      [''],
      ['a\nb'],
    ];
    for (const needles of cases) {
      expect(found(keys, needles), JSON.stringify(needles)).toEqual(expected(keys, needles));
    }
  });

  it('is exact for any keys and needles', () => {
    const random = seeded(11);
    const alphabet = ['a', 'b', '1', '2', '张', '·', PY, NO, NO_END, ID_END, '\n'];
    const text = (max: number) =>
      Array.from(
        { length: Math.floor(random() * max) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      ).join('');
    for (let round = 0; round < 60; round += 1) {
      // Sometimes well-formed keys, sometimes anything (markers repeated, missing, reordered).
      const plain = (max: number) =>
        [...text(max)].filter((char) => char.charCodeAt(0) >= 0x20).join('');
      const keys = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        random() < 0.6 ? key(plain(3), ['ab'], plain(4), plain(6)) : text(12),
      );
      for (let n = 0; n < 20; n += 1) {
        const needles = Array.from({ length: 1 + Math.floor(random() * 3) }, () => text(4));
        expect(found(keys, needles), JSON.stringify({ keys, needles })).toEqual(
          expected(keys, needles),
        );
      }
    }
  });
});
