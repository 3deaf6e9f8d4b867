import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARD, DEFAULT_STANDARD_CONTENT } from '../../shared/standard/default-standard';
import type { StandardContent } from '../../shared/standard/model';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import {
  chooseStandardForYear,
  importStandard,
  listStandards,
  loadStandardForYear,
  standardForYearKey,
} from './standards';

const { freshDb } = freshDatabases('standards');

/** A federation's edition of the default standard under its own code. */
function federation(version = '2027.1', name = '某市总工会自评细则'): StandardContent {
  const { contentHash: _hash, ...content } = structuredClone(DEFAULT_STANDARD_CONTENT);
  void _hash;
  return { ...content, id: 'city-rules', version, name, issuer: '某市总工会' };
}

describe('importing a standard', () => {
  it('stores a valid file whole, once, and lists it after the built-in one', async () => {
    const db = freshDb();
    const first = await importStandard(db, JSON.stringify(federation()));
    expect(first).toMatchObject({ ok: true, alreadyStored: false });
    const again = await importStandard(db, federation());
    expect(again).toMatchObject({ ok: true, alreadyStored: true });
    await importStandard(db, federation('2026.2'));

    const rows = await db.standards.toArray();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ code: 'city-rules', name: '某市总工会自评细则' });

    const list = await listStandards(db);
    expect(list.map((s) => [s.code, s.version, s.builtIn])).toEqual([
      [DEFAULT_STANDARD.id, DEFAULT_STANDARD.version, true],
      ['city-rules', '2027.1', false],
      ['city-rules', '2026.2', false],
    ]);
  });

  it('refuses the same code and version with other content', async () => {
    const db = freshDb();
    await importStandard(db, federation());
    const changed = await importStandard(db, federation('2027.1', '改过名字的细则'));
    expect(changed.ok).toBe(false);
    if (!changed.ok)
      expect(changed.message).toContain('已导入过编号 city-rules、版本 2027.1 的标准');
    const builtIn = await importStandard(db, {
      ...DEFAULT_STANDARD_CONTENT,
      name: '改过的默认标准',
    });
    expect(builtIn.ok).toBe(false);
    expect(await db.standards.count()).toBe(1);
  });

  it('refuses a bad file with the reason and stores nothing', async () => {
    const db = freshDb();
    const short = federation();
    short.totalTenths = 900;
    const result = await importStandard(db, JSON.stringify(short));
    expect(result).toEqual({
      ok: false,
      message: '评分标准文件有误，未导入：各领域分值合计 100 分，与标准总分 90 分不符',
    });
    expect((await importStandard(db, 'not json')).ok).toBe(false);
    expect(await db.standards.count()).toBe(0);
  });
});

describe('the standard of a year', () => {
  it('is the built-in one until another is chosen, and per year', async () => {
    const db = freshDb();
    expect(await loadStandardForYear(db, 2026)).toEqual({
      standard: DEFAULT_STANDARD,
      builtIn: true,
    });
    await importStandard(db, federation());
    const chosen = await chooseStandardForYear(db, 2026, { code: 'city-rules', version: '2027.1' });
    expect(chosen.name).toBe('某市总工会自评细则');
    expect(await db.settings.get(standardForYearKey(2026))).toEqual({
      key: 'standardForYear:2026',
      value: { code: 'city-rules', version: '2027.1', contentHash: chosen.contentHash },
    });
    const loaded = await loadStandardForYear(db, 2026);
    expect(loaded.builtIn).toBe(false);
    expect(loaded.standard).toEqual(chosen);
    expect((await loadStandardForYear(db, 2025)).builtIn).toBe(true);

    await chooseStandardForYear(db, 2026, null);
    expect((await loadStandardForYear(db, 2026)).builtIn).toBe(true);
  });

  it('refuses to choose a standard that is not there', async () => {
    const db = freshDb();
    await expect(
      chooseStandardForYear(db, 2026, { code: 'city-rules', version: '9' }),
    ).rejects.toThrow('找不到编号 city-rules、版本 9 的评分标准');
  });

  it('says so when the chosen standard has gone, instead of silently scoring by another', async () => {
    const db = freshDb();
    await importStandard(db, federation());
    await chooseStandardForYear(db, 2026, { code: 'city-rules', version: '2027.1' });
    await db.standards.clear();
    const loaded = await loadStandardForYear(db, 2026);
    expect(loaded.standard).toBe(DEFAULT_STANDARD);
    expect(loaded.problem).toContain('本年度选用的评分标准（city-rules 2027.1）已找不到');
  });
});
