import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { AREA_IDS, AREA_LABELS, isAreaId } from './areas';
import { STANDARD_TAGS, normalizeTag, uniqueTags } from './tags';

describe('campaign areas', () => {
  it('has the seven areas of the notice, each labelled', () => {
    expect(AREA_IDS).toHaveLength(7);
    expect(t(AREA_LABELS.area1)).toBe('依法规范建会');
    expect(t(AREA_LABELS.area7)).toContain('竭诚服务职工群众');
    expect(isAreaId('area3')).toBe(true);
    expect(isAreaId('area8')).toBe(false);
  });
});

describe('tags', () => {
  it('offers every tag the standard counts, each once', () => {
    const texts = STANDARD_TAGS.map((d) => d.tag);
    expect(new Set(texts).size).toBe(texts.length);
    for (const tag of ['工作报告', '经费报告', '选举', '集体协商', '会务公开', '述职', '入会']) {
      expect(texts).toContain(tag);
    }
    for (const tag of ['教育', '文体', '农民工关爱', '办实事']) expect(texts).toContain(tag);
  });

  it('normalises typed tags and drops blanks, repeats and long ones', () => {
    expect(normalizeTag(' 文 体 ')).toBe('文体');
    expect(normalizeTag('   ')).toBeUndefined();
    expect(normalizeTag('一二三四五六七八九十一二三')).toBeUndefined();
    expect(uniqueTags(['文体', ' 文体', '', '教育'])).toEqual(['文体', '教育']);
  });
});

describe('tags and the default standard', () => {
  it('offers every tag the default standard looks for', async () => {
    const { DEFAULT_STANDARD } = await import('../standard/default-standard');
    const texts = new Set<string>(STANDARD_TAGS.map((d) => d.tag));
    const wanted = new Set<string>();
    JSON.stringify(DEFAULT_STANDARD, (key, value: unknown) => {
      if (/^(tags|\w*Tags)$/.test(key) && Array.isArray(value))
        for (const tag of value) wanted.add(String(tag));
      return value;
    });
    expect(wanted.size).toBeGreaterThan(0);
    expect([...wanted].filter((tag) => !texts.has(tag))).toEqual([]);
  });
});
