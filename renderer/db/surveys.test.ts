import { describe, expect, it } from 'vitest';
import { makeMemberDraft, makeResidentId } from '../../shared/members/fixtures';
import { DEFAULT_STANDARD_CONTENT } from '../../shared/standard/default-standard';
import type { StandardContent } from '../../shared/standard/model';
import { DEFAULT_SURVEY_ITEMS } from '../../shared/surveys/defaults';
import { makeRoundContent } from '../../shared/surveys/fixtures';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { addMembershipEvent, saveMember } from './members';
import { listRecycleBin, restoreFromRecycleBin } from './recycle-bin';
import type { UnionDeskDatabase } from './schema';
import { chooseStandardForYear, importStandard } from './standards';
import {
  countMembersOnRoll,
  loadStandardSurveyItems,
  loadSurveyBallots,
  loadSurveyRound,
  loadSurveyRounds,
  removeSurveyRound,
  saveSurveyBallots,
  saveSurveyRound,
  SurveyError,
} from './surveys';

const { freshDb } = freshDatabases('surveys');

async function member(db: UnionDeskDatabase, name: string, sequence: number, joinedOn: string) {
  const result = await saveMember(
    db,
    makeMemberDraft({ name, docNumber: makeResidentId({ sequence }), joinedOn }),
    { today: '2026-11-23' },
  );
  if (!result.ok) throw new Error(result.message);
  return result.member;
}

async function rejection(promise: Promise<unknown>): Promise<SurveyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SurveyError) return error;
    throw error;
  }
  throw new Error('expected a SurveyError');
}

describe('saving a round with counts', () => {
  it('stores the round with its year and kind, and keeps only counts of its questions', async () => {
    const db = freshDb();
    const round = await saveSurveyRound(db, {
      content: makeRoundContent({
        title: '  2026 年度会员评家 ',
        distributed: 30,
        returned: 28,
        valid: 27,
        counts: {
          organisation: { satisfied: 20, basic: 5, unsatisfied: 1, unknown: 1 },
          gone: { satisfied: 1, basic: 0, unsatisfied: 0, unknown: 0 },
        },
      }),
    });
    expect(round).toMatchObject({ title: '2026 年度会员评家', year: 2026, kind: 'both' });
    expect(Object.keys(round.counts).sort()).toEqual(
      ['cadre-1', 'democracy', 'organisation', 'rights'].sort(),
    );
    expect(round.counts.rights).toEqual({ satisfied: 0, basic: 0, unsatisfied: 0, unknown: 0 });
    expect(await loadSurveyRound(db, round.id)).toEqual(round);
    expect((await loadSurveyRounds(db)).map((r) => r.id)).toEqual([round.id]);
  });

  it('refuses tallies above the valid ballots and stores nothing', async () => {
    const db = freshDb();
    const error = await rejection(
      saveSurveyRound(db, {
        content: makeRoundContent({
          distributed: 30,
          returned: 28,
          valid: 27,
          counts: { organisation: { satisfied: 20, basic: 6, unsatisfied: 1, unknown: 1 } },
        }),
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toBe(
      '未保存：“工会组织建设（依法建会、按期换届、会员大会制度）”各选项合计 28 票（满意 20、基本满意 6、不满意 1、不了解 1），超过有效票 27 张，请核对。',
    );
    expect(error.problems.map((p) => p.field)).toEqual(['counts.organisation']);
    expect(await db.surveyRounds.count()).toBe(0);
  });
});

describe('ballot by ballot', () => {
  it('stores anonymous ballots and derives valid and counts in one transaction', async () => {
    const db = freshDb();
    const round = await saveSurveyRound(db, {
      content: makeRoundContent({ entry: 'ballots', valid: 99 }),
    });
    expect(round.valid).toBe(0);
    const { round: saved, ballots } = await saveSurveyBallots(db, round.id, {
      distributed: 5,
      returned: 4,
      suggestions: ['食堂饭菜再好一些', ' '],
      ballots: [
        { answers: { organisation: 'satisfied', rights: 'basic', 'cadre-1': 'satisfied' } },
        { answers: { organisation: 'unsatisfied', rights: null, 'cadre-1': 'unknown' } },
        { answers: {} },
        { answers: { organisation: 'satisfied', somethingElse: 'satisfied' } },
      ],
    });
    expect(saved).toMatchObject({ valid: 3, returned: 4, suggestions: ['食堂饭菜再好一些'] });
    expect(saved.counts.organisation).toEqual({
      satisfied: 2,
      basic: 0,
      unsatisfied: 1,
      unknown: 0,
    });
    expect(saved.counts['cadre-1']).toEqual({ satisfied: 1, basic: 0, unsatisfied: 0, unknown: 1 });
    const stored = await loadSurveyBallots(db, round.id);
    expect(stored).toHaveLength(3);
    // No identity of any kind: exactly these three fields.
    for (const row of stored) expect(Object.keys(row).sort()).toEqual(['answers', 'id', 'roundId']);
    expect(stored.find((b) => b.id === ballots[2]!.id)?.answers).toEqual({
      organisation: 'satisfied',
    });

    // Editing: the first kept, the second removed, one added.
    const again = await saveSurveyBallots(db, round.id, {
      distributed: 5,
      returned: 4,
      suggestions: [],
      ballots: [
        { id: ballots[0]!.id, answers: { organisation: 'basic' } },
        { id: ballots[2]!.id, answers: ballots[2]!.answers },
        { answers: { rights: 'satisfied' } },
      ],
    });
    expect(again.round.valid).toBe(3);
    expect(again.round.counts.organisation).toMatchObject({ satisfied: 1, basic: 1 });
    const ids = (await loadSurveyBallots(db, round.id)).map((b) => b.id).sort();
    expect(ids).toContain(ballots[0]!.id);
    expect(ids).not.toContain(ballots[1]!.id);
  });

  it('refuses more ballots than returned, and count entry over existing ballots', async () => {
    const db = freshDb();
    const round = await saveSurveyRound(db, { content: makeRoundContent({ entry: 'ballots' }) });
    const ballot = { answers: { organisation: 'satisfied' as const } };
    const error = await rejection(
      saveSurveyBallots(db, round.id, {
        distributed: 3,
        returned: 2,
        suggestions: [],
        ballots: [ballot, ballot, ballot],
      }),
    );
    expect(error.message).toBe(
      '未保存：已录入 3 张选票，超过收回的 2 张。请核对收回票数，或删去多录的选票。',
    );
    expect(await db.surveyBallots.count()).toBe(0);
    await saveSurveyBallots(db, round.id, {
      distributed: 3,
      returned: 3,
      suggestions: [],
      ballots: [ballot],
    });
    const switchError = await rejection(
      saveSurveyRound(db, { id: round.id, content: { ...round, entry: 'counts' } }),
    );
    expect(switchError.message).toContain('已录入 1 张选票');
    const counted = await saveSurveyRound(db, {
      content: makeRoundContent({ entry: 'counts' }),
    });
    expect(
      (
        await rejection(
          saveSurveyBallots(db, counted.id, {
            distributed: 1,
            returned: 1,
            suggestions: [],
            ballots: [],
          }),
        )
      ).code,
    ).toBe('notBallotEntry');
  });

  it('re-derives counts when the questions change', async () => {
    const db = freshDb();
    const round = await saveSurveyRound(db, { content: makeRoundContent({ entry: 'ballots' }) });
    const { round: entered } = await saveSurveyBallots(db, round.id, {
      distributed: 2,
      returned: 2,
      suggestions: [],
      ballots: [{ answers: { organisation: 'satisfied', rights: 'basic' } }],
    });
    const edited = await saveSurveyRound(db, {
      id: round.id,
      content: { ...entered, items: entered.items.filter((i) => i.id !== 'rights') },
    });
    expect(edited.counts.rights).toBeUndefined();
    expect(edited.counts.organisation).toMatchObject({ satisfied: 1 });
    expect(edited).toMatchObject({ valid: 1, returned: 2 });
  });
});

describe('members on roll and deletion', () => {
  it('counts members on roll at a date from their membership history', async () => {
    const db = freshDb();
    await member(db, '张三', 1, '2015-06-13');
    await member(db, '李四', 2, '2026-11-01');
    const gone = await member(db, '王五', 3, '2015-06-13');
    await addMembershipEvent(db, gone.id, { type: 'transferOut', date: '2026-05-01' });
    expect(await countMembersOnRoll(db, '2026-04-30')).toBe(2);
    expect(await countMembersOnRoll(db, '2026-10-20')).toBe(1);
    expect(await countMembersOnRoll(db, '2026-11-20')).toBe(2);
  });

  it('moves a round with its ballots to the 回收站 and restores them whole', async () => {
    const db = freshDb();
    const round = await saveSurveyRound(db, { content: makeRoundContent({ entry: 'ballots' }) });
    await saveSurveyBallots(db, round.id, {
      distributed: 2,
      returned: 2,
      suggestions: [],
      ballots: [{ answers: { organisation: 'satisfied' } }, { answers: { rights: 'basic' } }],
    });
    const entry = await removeSurveyRound(db, round.id);
    expect(await db.surveyRounds.count()).toBe(0);
    expect(await db.surveyBallots.count()).toBe(0);
    const [item] = await listRecycleBin(db);
    expect(item).toMatchObject({
      table: 'surveyRounds',
      label: round.title,
      recordCount: 3,
      relatedCount: 2,
    });
    await restoreFromRecycleBin(db, entry.id);
    expect(await loadSurveyRound(db, round.id)).toMatchObject({ valid: 2 });
    expect(await loadSurveyBallots(db, round.id)).toHaveLength(2);
  });
});

describe('the items a new round starts from', () => {
  /** A federation's standard: the default's scoring under its own code, with its own ballot. */
  function federation(surveyItems?: StandardContent['surveyItems']): StandardContent {
    const {
      contentHash: _hash,
      surveyItems: _items,
      ...content
    } = structuredClone(DEFAULT_STANDARD_CONTENT);
    void _hash;
    void _items;
    return {
      ...content,
      id: 'city-rules',
      version: surveyItems ? '2026.1' : '2026.0',
      name: '某市总工会自评细则',
      ...(surveyItems ? { surveyItems } : {}),
    };
  }

  it('are the default items under the built-in standard', async () => {
    const db = freshDb();
    expect(await loadStandardSurveyItems(db, 2026)).toEqual(DEFAULT_SURVEY_ITEMS);
  });

  it('are the items of the standard chosen for the year, other years keep theirs', async () => {
    const db = freshDb();
    const own = [
      { id: 'home', text: '职工之家阵地建设和使用' },
      { id: 'care', text: '关心关爱困难职工' },
    ];
    const imported = await importStandard(db, JSON.stringify(federation(own)));
    expect(imported.ok).toBe(true);
    await chooseStandardForYear(db, 2026, { code: 'city-rules', version: '2026.1' });

    expect(await loadStandardSurveyItems(db, 2026)).toEqual([
      { id: 'home', title: '职工之家阵地建设和使用' },
      { id: 'care', title: '关心关爱困难职工' },
    ]);
    expect(await loadStandardSurveyItems(db, 2025)).toEqual(DEFAULT_SURVEY_ITEMS);
  });

  it('fall back to the default items when the chosen standard prescribes none', async () => {
    const db = freshDb();
    expect((await importStandard(db, federation())).ok).toBe(true);
    await chooseStandardForYear(db, 2026, { code: 'city-rules', version: '2026.0' });
    const items = await loadStandardSurveyItems(db, 2026);
    expect(items).toEqual(DEFAULT_SURVEY_ITEMS);
    // A copy: editing a round's items never alters the defaults.
    items[0]!.title = '改过';
    expect(DEFAULT_SURVEY_ITEMS[0]!.title).not.toBe('改过');
  });
});
