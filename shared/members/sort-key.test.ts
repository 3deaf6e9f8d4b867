import { describe, expect, it } from 'vitest';
import { nameSortKey } from './sort-key';

const collator = new Intl.Collator('zh-CN-u-co-pinyin');
const byKey = (a: string, b: string) => {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('the roster sort key', () => {
  it('orders Chinese names as the pinyin collator does', () => {
    const names = [
      '张三',
      '张三丰',
      '李四',
      '单丽',
      '曾国藩',
      '王伟',
      '王五',
      '阿珍',
      '欧阳娜娜',
      '赵',
      '钱多多',
      '孙悟空',
      '周芷若',
      '吴用',
      '郑成功',
      '冯',
      '陈',
      '褚',
      '卫',
      '蒋',
    ];
    // Deterministic pseudo-random names over the whole common block too.
    let seed = 7;
    for (let i = 0; i < 2_000; i += 1) {
      let name = '';
      for (let j = 0; j < 2 + (i % 3); j += 1) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        name += String.fromCharCode(0x4e00 + (seed % (0x9fff - 0x4e00 + 1)));
      }
      names.push(name);
    }
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare));
  });

  it('gives the same key to the same name, whatever the spaces around it', () => {
    expect(nameSortKey(' 张三 ')).toBe(nameSortKey('张三'));
    expect(nameSortKey('张三')).not.toBe(nameSortKey('张山'));
  });

  it('places names with other characters too', () => {
    expect(typeof nameSortKey('买买提·艾力')).toBe('string');
    expect(nameSortKey('Tom')).toBe('tom');
    expect(nameSortKey('㐀')).toBe('\uffff㐀');
  });
});
