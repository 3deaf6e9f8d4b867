import type { Page } from 'playwright-core';
import { makeMemberData, makeResidentId } from '../shared/members/fixtures';
import type { MembershipEvent } from '../shared/members/membership';
import type { Member } from '../shared/members/model';
import { searchKeys } from '../shared/members/search';

/**
 * Writes rows straight into the app's IndexedDB stores, behind Dexie's back, as a restored backup
 * would; the test reloads the page afterwards so live queries read them.
 */
export async function seedStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('uniondesk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(data), 'readwrite');
          for (const [store, rows] of Object.entries(data)) {
            for (const row of rows) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** A member row as the app stores it (with search keys) and its join event. */
export function seedMember(
  index: number,
  overrides: Partial<Member> & { name: string },
): { member: Member & { searchKeys: string }; event: MembershipEvent } {
  const now = '2026-01-05T08:00:00.000Z';
  const id = `5eed0000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const sex = index % 2 === 0 ? 'male' : 'female';
  const data = makeMemberData({
    sex,
    docNumber: makeResidentId({ sex, sequence: index }),
    memberNo: `HY${String(index).padStart(4, '0')}`,
    joinedOn: '2015-06-13',
    ...overrides,
  });
  const member: Member = {
    ...data,
    id,
    createdAt: now,
    updatedAt: now,
    status: 'active',
    ...overrides,
  };
  const event: MembershipEvent = {
    id: `5eed0000-0000-4000-9000-${String(index).padStart(12, '0')}`,
    memberId: id,
    type: 'join',
    date: member.joinedOn ?? '2015-06-13',
    createdAt: now,
    updatedAt: now,
  };
  return { member: { ...member, searchKeys: searchKeys(member) }, event };
}
