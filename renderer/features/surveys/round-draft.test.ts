import { describe, expect, it } from 'vitest';
import { newRoundContent } from './round-draft';

describe('a new round', () => {
  it('starts from the items it is given (the chosen standard), copied', () => {
    const items = [
      { id: 'home', title: '职工之家阵地建设和使用' },
      { id: 'care', title: '关心关爱困难职工' },
    ];
    const content = newRoundContent('2026-03-01', '王芳', items);
    expect(content.items).toEqual(items);
    expect(content.items[0]).not.toBe(items[0]);
    expect(content).toMatchObject({ startedOn: '2026-03-01', endedOn: '2026-03-01' });
    expect(content.cadres).toMatchObject([{ name: '王芳', post: '工会主席' }]);
  });
});
