import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { useDatabase } from '../../app/AppContext';
import { daysLeft, listRecycleBin, type RecycleBinItem } from '../../db/recycle-bin';

export interface RecycleBinListItem extends RecycleBinItem {
  daysLeft: number;
}

export type RecycleBinState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: RecycleBinListItem[] };

/** The office PC often stays on for days; the days left must still be right the next morning. */
const CLOCK_TICK_MS = 60 * 60 * 1000;

function useHourlyNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

type Loaded = { ok: true; items: RecycleBinItem[] } | { ok: false; message: string };

/** The 回收站's entries, newest first, live: a restore or a deletion elsewhere shows at once. */
export function useRecycleBin(): RecycleBinState {
  const db = useDatabase();
  const now = useHourlyNow();
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    try {
      return { ok: true, items: await listRecycleBin(db) };
    } catch (error) {
      const detail = error instanceof Error ? error.name : String(error);
      return { ok: false, message: t('recycle.error.loadFailed', { detail }) };
    }
  }, [db]);
  return useMemo((): RecycleBinState => {
    if (!loaded) return { status: 'loading' };
    if (!loaded.ok) return { status: 'error', message: loaded.message };
    const items = loaded.items.map((item) => ({ ...item, daysLeft: daysLeft(item, now) }));
    return { status: 'ready', items };
  }, [loaded, now]);
}
