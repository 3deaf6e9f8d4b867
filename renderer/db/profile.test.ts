import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { validateProfile, warningToken } from '../../shared/profile/profile';
import { makeProfileDraft } from '../../test/fixtures/profile';
import { newId } from './ids';
import { loadProfile, saveProfile } from './profile';

const TODAY = { today: '2026-11-23' };
const { freshDb } = freshDatabases('test');

describe('union profile storage', () => {
  it('round-trips a profile through IndexedDB, across a reopen', async () => {
    const name = `test-${newId()}`;
    const db = freshDb(name);
    expect(await loadProfile(db)).toBeUndefined();
    const saved = await saveProfile(
      db,
      makeProfileDraft({ creditCode: ' 81330106mc2857313x ' }),
      TODAY,
    );
    expect(saved.ok).toBe(true);
    db.close();

    const again = freshDb(name);
    const loaded = await loadProfile(again);
    expect(loaded).toMatchObject({
      unionName: '杭州示例机械有限公司工会委员会',
      creditCode: '81330106MC2857313X',
      workforceTotal: 268,
      workforceWomen: 97,
      workforceMigrant: 121,
      foundedOn: '2008-05-12',
    });
    expect(loaded?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(loaded?.createdAt).toMatch(/Z$/);
  });

  it('keeps one row: a second save updates it and keeps id and createdAt', async () => {
    const db = freshDb();
    const first = await saveProfile(db, makeProfileDraft(), TODAY);
    const second = await saveProfile(db, makeProfileDraft({ workforceTotal: 300 }), TODAY);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(await db.profile.count()).toBe(1);
    expect(second.profile.id).toBe(first.profile.id);
    expect(second.profile.createdAt).toBe(first.profile.createdAt);
    expect((await loadProfile(db))?.workforceTotal).toBe(300);
  });

  it('refuses an invalid profile and leaves the stored one untouched', async () => {
    const db = freshDb();
    await saveProfile(db, makeProfileDraft(), TODAY);
    const result = await saveProfile(
      db,
      makeProfileDraft({ creditCode: '81330106MC28573I3X', workforceWomen: 999 }),
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.check.fieldErrors.creditCode?.key).toBeDefined();
    expect(result.check.fieldErrors.workforceWomen?.key).toBe('field.countExceedsTotal');
    expect(result.message).toContain('2 项');
    expect((await loadProfile(db))?.creditCode).toBe('81330106MC2857313X');
  });

  it('stores a code failing its check character only once the user confirmed the warning', async () => {
    const db = freshDb();
    const doubtful = makeProfileDraft({ creditCode: '81330106MC28573130' });
    const refused = await saveProfile(db, doubtful, TODAY);
    expect(refused.ok).toBe(false);
    expect(await db.profile.count()).toBe(0);

    const warning = validateProfile(doubtful, TODAY).fieldWarnings.creditCode;
    expect(warning).toBeDefined();
    if (!warning) return;
    const token = warningToken('creditCode', warning, doubtful.creditCode);
    const accepted = await saveProfile(db, { ...doubtful, confirmedWarnings: [token] }, TODAY);
    expect(accepted.ok).toBe(true);
    expect((await loadProfile(db))?.confirmedWarnings).toEqual([token]);
  });
});
