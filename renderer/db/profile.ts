import { t } from '../../shared/i18n';
import {
  buildProfile,
  type ProfileCheck,
  type ProfileDraft,
  type UnionProfile,
} from '../../shared/profile/profile';
import { newId, nowIso } from './ids';
import type { UnionDeskDatabase } from './schema';

/**
 * The union profile: one row. Reads and writes go through here; components use the hooks in
 * features/profile.
 */
export async function loadProfile(db: UnionDeskDatabase): Promise<UnionProfile | undefined> {
  return db.profile.toCollection().first();
}

export type SaveProfileResult =
  { ok: true; profile: UnionProfile } | { ok: false; message: string; check: ProfileCheck };

/**
 * Validates with the shared rules and writes the single profile row. Refuses a draft with an
 * error or an unconfirmed warning, so no code path can store what the form would refuse.
 */
export async function saveProfile(
  db: UnionDeskDatabase,
  draft: ProfileDraft,
  options: { today: string },
): Promise<SaveProfileResult> {
  return db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.toCollection().first();
    const now = nowIso();
    const built = buildProfile(
      draft,
      { id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? now, updatedAt: now },
      options,
    );
    if (!built.ok) {
      const errors = Object.keys(built.check.fieldErrors).length;
      const message =
        errors > 0 ? t('profile.saveHasErrors', { count: errors }) : t('profile.saveNeedsConfirm');
      return { ok: false as const, message, check: built.check };
    }
    await db.profile.put(built.profile);
    return { ok: true as const, profile: built.profile };
  });
}
