import { render, t } from '../../shared/i18n';
import { checkBallotCount, checkSurveyRound, type SurveyProblem } from '../../shared/surveys/check';
import { surveyItemsOf } from '../../shared/surveys/defaults';
import {
  SURVEY_ANSWERS,
  emptyCounts,
  surveyBallotAnswersSchema,
  surveyKind,
  surveyQuestions,
  surveyRoundContentSchema,
  type AnswerCounts,
  type SurveyAnswer,
  type SurveyBallot,
  type SurveyItem,
  type SurveyRound,
  type SurveyRoundContent,
} from '../../shared/surveys/model';
import { isBlankBallot, tallyBallots } from '../../shared/surveys/results';
import { newId, nowIso } from './ids';
import { membersOnRollAt } from './members';
import { moveToRecycleBin } from './recycle-bin';
import type { RecycleBinRow, UnionDeskDatabase } from './schema';
import { loadStandardForYear } from './standards';

/**
 * 会员评议 rounds and their anonymous ballots. Every write passes here: the counts of a round
 * entered ballot by ballot are derived from its ballots in the same transaction that writes
 * them, so a round alone always gives its results (and the self-assessment reads rounds only).
 * A ballot row is { id, roundId, answers } and nothing else.
 */

export type SurveyErrorCode = 'invalid' | 'missing' | 'notBallotEntry';

export class SurveyError extends Error {
  constructor(
    readonly code: SurveyErrorCode,
    message: string,
    readonly problems: readonly SurveyProblem[] = [],
  ) {
    super(message);
    this.name = 'SurveyError';
  }
}

function refuse(problems: readonly SurveyProblem[]): never {
  throw new SurveyError(
    'invalid',
    t('surveys.error.invalid', { first: render(problems[0]!.message) }),
    problems,
  );
}

/**
 * The 会员评家 items a round of the year starts from: those of the scoring standard chosen for the
 * year, or the app's defaults when that standard prescribes none.
 */
export async function loadStandardSurveyItems(
  db: UnionDeskDatabase,
  year: number,
): Promise<SurveyItem[]> {
  return surveyItemsOf((await loadStandardForYear(db, year)).standard);
}

/** Every round, the latest first. */
export async function loadSurveyRounds(db: UnionDeskDatabase): Promise<SurveyRound[]> {
  return db.surveyRounds.orderBy('startedOn').reverse().toArray();
}

export async function loadSurveyRound(
  db: UnionDeskDatabase,
  id: string,
): Promise<SurveyRound | null> {
  return (await db.surveyRounds.get(id)) ?? null;
}

export async function loadSurveyBallots(
  db: UnionDeskDatabase,
  roundId: string,
): Promise<SurveyBallot[]> {
  return db.surveyBallots.where('roundId').equals(roundId).toArray();
}

/**
 * Members on roll at the end of `date`: their membership history decides, not today's status
 * (the same rule as a meeting's 应到: members.ts membersOnRollAt).
 */
export async function countMembersOnRoll(db: UnionDeskDatabase, date: string): Promise<number> {
  return (await membersOnRollAt(db, date)).length;
}

/** Trims the texts and keeps only the counts of questions the round still asks. */
function normalise(content: SurveyRoundContent): SurveyRoundContent {
  const items = content.items.map((item) => ({ ...item, title: item.title.trim() }));
  const cadres = content.cadres.map((cadre) => ({
    ...cadre,
    name: cadre.name.trim(),
    post: cadre.post.trim(),
  }));
  const counts: Record<string, AnswerCounts> = {};
  for (const question of surveyQuestions({ items, cadres })) {
    counts[question.id] = { ...emptyCounts(), ...content.counts[question.id] };
  }
  return {
    ...content,
    title: content.title.trim(),
    methodNote: content.methodNote.trim(),
    items,
    cadres,
    counts,
    suggestions: content.suggestions.map((s) => s.trim()).filter((s) => s !== ''),
  };
}

function parse(content: SurveyRoundContent): SurveyRoundContent {
  const problems = checkSurveyRound(content);
  if (problems.length > 0) refuse(problems);
  const parsed = surveyRoundContentSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const first = `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
    throw new SurveyError('invalid', t('surveys.error.invalid', { first }));
  }
  return parsed.data;
}

function toRound(
  content: SurveyRoundContent,
  existing: SurveyRound | undefined,
  now: string,
): SurveyRound {
  return {
    ...content,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    year: Number(content.endedOn.slice(0, 4)),
    kind: surveyKind(content),
  };
}

export interface SaveSurveyRoundInput {
  id?: string;
  content: SurveyRoundContent;
}

/**
 * Adds or updates a round. Refused, with the first problem in Chinese, when a count cannot be
 * right (see shared/surveys/check.ts). For ballot entry, `valid` and `counts` come from the
 * stored ballots, whatever the input says; a round with ballots cannot switch to count entry.
 */
export async function saveSurveyRound(
  db: UnionDeskDatabase,
  input: SaveSurveyRoundInput,
): Promise<SurveyRound> {
  return db.transaction('rw', db.surveyRounds, db.surveyBallots, async () => {
    const existing = input.id ? await db.surveyRounds.get(input.id) : undefined;
    if (input.id && !existing) throw new SurveyError('missing', t('surveys.error.missing'));
    let content = normalise(input.content);
    const ballots = existing ? await loadSurveyBallots(db, existing.id) : [];
    if (content.entry === 'counts' && ballots.length > 0) {
      throw new SurveyError('invalid', t('surveys.entry.locked', { count: ballots.length }));
    }
    if (content.entry === 'ballots') {
      content = { ...content, valid: ballots.length, counts: tallyBallots(content, ballots) };
    }
    const round = toRound(parse(content), existing, nowIso());
    await db.surveyRounds.put(round);
    return round;
  });
}

export interface SaveBallotsInput {
  distributed: number;
  returned: number;
  suggestions: string[];
  /** Every ballot of the round as the grid holds it; an `id` keeps a stored one. */
  ballots: readonly { id?: string; answers: Partial<Record<string, SurveyAnswer | null>> }[];
}

/** Only answers to questions the round asks, and no blanks. */
function cleanAnswers(
  questionIds: ReadonlySet<string>,
  answers: Partial<Record<string, SurveyAnswer | null>>,
): Record<string, SurveyAnswer> {
  const clean: Record<string, SurveyAnswer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (questionIds.has(id) && answer && (SURVEY_ANSWERS as readonly string[]).includes(answer)) {
      clean[id] = answer;
    }
  }
  return surveyBallotAnswersSchema.parse(clean);
}

/**
 * Replaces the ballots of a round entered ballot by ballot and derives its counts, in one
 * transaction: ballots that are no longer in the list are deleted, blank ones are not stored.
 * Refused when more ballots are entered than were returned.
 */
export async function saveSurveyBallots(
  db: UnionDeskDatabase,
  roundId: string,
  input: SaveBallotsInput,
): Promise<{ round: SurveyRound; ballots: SurveyBallot[] }> {
  return db.transaction('rw', db.surveyRounds, db.surveyBallots, async () => {
    const existing = await db.surveyRounds.get(roundId);
    if (!existing) throw new SurveyError('missing', t('surveys.error.missing'));
    if (existing.entry !== 'ballots') {
      throw new SurveyError('notBallotEntry', t('surveys.error.notBallotEntry'));
    }
    const questionIds = new Set(surveyQuestions(existing).map((q) => q.id));
    const storedIds = new Set(
      await db.surveyBallots.where('roundId').equals(roundId).primaryKeys(),
    );
    const ballots: SurveyBallot[] = input.ballots
      .map((ballot) => ({
        // Keep an id only if it is one of this round's: never overwrite another round's ballot.
        id: ballot.id && storedIds.has(ballot.id) ? ballot.id : newId(),
        roundId,
        answers: cleanAnswers(questionIds, ballot.answers),
      }))
      .filter((ballot) => !isBlankBallot(ballot));
    const overReturned = checkBallotCount(ballots.length, input.returned);
    if (overReturned.length > 0) refuse(overReturned);
    const content = normalise({
      ...existing,
      distributed: input.distributed,
      returned: input.returned,
      suggestions: input.suggestions,
      valid: ballots.length,
      counts: tallyBallots(existing, ballots),
    });
    const round = toRound(parse(content), existing, nowIso());
    const kept = new Set(ballots.map((b) => b.id));
    await db.surveyBallots.bulkDelete([...storedIds].filter((id) => !kept.has(id)));
    await db.surveyBallots.bulkPut(ballots);
    await db.surveyRounds.put(round);
    return { round, ballots };
  });
}

/** Deletes a round to the 回收站 with its ballots, as one entry that restores whole. */
export async function removeSurveyRound(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return db.transaction('rw', db.surveyRounds, db.surveyBallots, db.recycleBin, async () => {
    const ballots = await db.surveyBallots.where('roundId').equals(id).primaryKeys();
    return moveToRecycleBin(db, {
      table: 'surveyRounds',
      ids: [id],
      cascade: [{ table: 'surveyBallots', ids: ballots }],
    });
  });
}
