import { t } from '../../shared/i18n';
import { DEFAULT_STANDARD } from '../../shared/standard/default-standard';
import type { Standard } from '../../shared/standard/model';
import { parseStandardFile, validateStandard } from '../../shared/standard/validate';
import { newId, nowIso } from './ids';
import type { StandardRow, UnionDeskDatabase } from './schema';

/**
 * Scoring standards: the default one ships with the app (shared/standard/default-standard.ts)
 * and is never stored; a federation's own is imported from a file, validated, and kept whole in
 * the `standards` table. A year's assessment uses the standard chosen for it in the settings
 * (`standardForYear:<year>`), or the default.
 */

/** A stored standard: the indexed fields plus the whole validated standard. */
export interface StoredStandardRow extends StandardRow {
  name: string;
  standard: Standard;
}

export interface StandardSummary {
  code: string;
  version: string;
  name: string;
  issuer?: string;
  contentHash: string;
  builtIn: boolean;
  /** UTC ISO time of the import; absent for the built-in one. */
  importedAt?: string;
}

export type ImportResult =
  { ok: true; standard: Standard; alreadyStored: boolean } | { ok: false; message: string };

export const standardForYearKey = (year: number) => `standardForYear:${year}`;

interface StandardChoice {
  code: string;
  version: string;
  contentHash: string;
}

function summary(standard: Standard, builtIn: boolean, importedAt?: string): StandardSummary {
  return {
    code: standard.id,
    version: standard.version,
    name: standard.name,
    ...(standard.issuer ? { issuer: standard.issuer } : {}),
    contentHash: standard.contentHash,
    builtIn,
    ...(importedAt ? { importedAt } : {}),
  };
}

/** A stored row's standard, checked again: a row written by a newer version may not parse. */
function rowStandard(row: StandardRow): Standard | undefined {
  const result = validateStandard((row as Partial<StoredStandardRow>).standard);
  return result.ok && result.standard.contentHash === row.contentHash ? result.standard : undefined;
}

/**
 * Imports a standard file's text (or an already parsed value). The same code and version with the
 * same content is accepted once and then reported as already stored; with other content it is
 * refused, because reports name a standard by code, version and hash.
 */
export async function importStandard(
  db: UnionDeskDatabase,
  input: string | unknown,
): Promise<ImportResult> {
  const parsed = typeof input === 'string' ? parseStandardFile(input) : validateStandard(input);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const standard = parsed.standard;
  if (standard.id === DEFAULT_STANDARD.id && standard.version === DEFAULT_STANDARD.version) {
    if (standard.contentHash === DEFAULT_STANDARD.contentHash) {
      return { ok: true, standard: DEFAULT_STANDARD, alreadyStored: true };
    }
    return {
      ok: false,
      message: t('assessment.store.builtInClash', { version: standard.version }),
    };
  }
  return db.transaction('rw', db.standards, async () => {
    const existing = await db.standards
      .where('[code+version]')
      .equals([standard.id, standard.version])
      .first();
    if (existing) {
      if (existing.contentHash === standard.contentHash) {
        return { ok: true as const, standard, alreadyStored: true };
      }
      return {
        ok: false as const,
        message: t('assessment.store.versionClash', {
          code: standard.id,
          version: standard.version,
        }),
      };
    }
    const now = nowIso();
    const row: StoredStandardRow = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      code: standard.id,
      version: standard.version,
      contentHash: standard.contentHash,
      name: standard.name,
      standard,
    };
    await db.standards.add(row);
    return { ok: true as const, standard, alreadyStored: false };
  });
}

/** Every standard the user can choose: the built-in one first, then the imported ones. */
export async function listStandards(db: UnionDeskDatabase): Promise<StandardSummary[]> {
  const rows = await db.standards.toArray();
  const stored = rows
    .flatMap((row) => {
      const standard = rowStandard(row);
      return standard ? [summary(standard, false, row.createdAt)] : [];
    })
    .sort((a, b) =>
      a.code === b.code ? b.version.localeCompare(a.version) : a.code.localeCompare(b.code),
    );
  return [summary(DEFAULT_STANDARD, true), ...stored];
}

async function findStandard(
  db: UnionDeskDatabase,
  code: string,
  version: string,
): Promise<Standard | undefined> {
  if (code === DEFAULT_STANDARD.id && version === DEFAULT_STANDARD.version) return DEFAULT_STANDARD;
  const row = await db.standards.where('[code+version]').equals([code, version]).first();
  return row ? rowStandard(row) : undefined;
}

/** Chooses the standard a year is assessed by; null goes back to the built-in one. */
export async function chooseStandardForYear(
  db: UnionDeskDatabase,
  year: number,
  choice: { code: string; version: string } | null,
): Promise<Standard> {
  const key = standardForYearKey(year);
  if (choice === null) {
    await db.settings.delete(key);
    return DEFAULT_STANDARD;
  }
  const standard = await findStandard(db, choice.code, choice.version);
  if (!standard) {
    throw new Error(t('assessment.store.notFound', { code: choice.code, version: choice.version }));
  }
  const value: StandardChoice = {
    code: standard.id,
    version: standard.version,
    contentHash: standard.contentHash,
  };
  await db.settings.put({ key, value });
  return standard;
}

export interface LoadedStandard {
  standard: Standard;
  builtIn: boolean;
  /** Set when the chosen standard could not be loaded and the built-in one is used instead. */
  problem?: string;
}

function isChoice(value: unknown): value is StandardChoice {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' && typeof v.version === 'string' && typeof v.contentHash === 'string'
  );
}

/** The standard a year is assessed by: the chosen one, or the built-in one. */
export async function loadStandardForYear(
  db: UnionDeskDatabase,
  year: number,
): Promise<LoadedStandard> {
  const row = await db.settings.get(standardForYearKey(year));
  if (!row || !isChoice(row.value)) {
    return { standard: DEFAULT_STANDARD, builtIn: true };
  }
  const { code, version, contentHash } = row.value;
  const standard = await findStandard(db, code, version);
  if (!standard || standard.contentHash !== contentHash) {
    // Never score silently by another standard: say which one is missing.
    return {
      standard: DEFAULT_STANDARD,
      builtIn: true,
      problem: t('assessment.store.chosenMissing', { code, version }),
    };
  }
  return { standard, builtIn: standard === DEFAULT_STANDARD };
}
