import { describe, expect, it } from 'vitest';
import { STANDARD_TAGS } from '../campaign/tags';
import { tagChoices } from './tags';

describe('tagChoices', () => {
  it('puts the tags of the chosen areas first, then the others, then the union’s own', () => {
    const list = tagChoices(['area6', 'area3'], ['读书会', '文体']);
    expect(list.slice(0, 5)).toEqual(['教育', '培训', '书屋', '文体', '送温暖']);
    expect(list).toHaveLength(STANDARD_TAGS.length + 1);
    expect(list.at(-1)).toBe('读书会');
  });

  it('offers every standard tag when no area is chosen', () => {
    expect(tagChoices([])).toEqual(STANDARD_TAGS.map((def) => def.tag));
  });
});
