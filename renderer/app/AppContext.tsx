import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { UnionDeskDatabase } from '../db/schema';
import type { Platform } from '../platform';
import { ensurePersistentStorage, type StorageStatus } from '../storage/persistence';

interface AppServices {
  platform: Platform;
  db: UnionDeskDatabase;
  storage: StorageStatus | null;
}

const AppContext = createContext<AppServices | null>(null);

/** Gives the UI its platform and database once, chosen at start (tests pass their own). */
export function AppServicesProvider({
  platform,
  db,
  children,
}: {
  platform: Platform;
  db: UnionDeskDatabase;
  children: ReactNode;
}) {
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let alive = true;
    void ensurePersistentStorage().then((status) => {
      if (alive) setStorage(status);
    });
    return () => {
      alive = false;
    };
  }, []);
  return <AppContext.Provider value={{ platform, db, storage }}>{children}</AppContext.Provider>;
}

function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppServicesProvider is missing above this component');
  return services;
}

export const usePlatform = (): Platform => useServices().platform;
export const useDatabase = (): UnionDeskDatabase => useServices().db;
export const useStorageStatus = (): StorageStatus | null => useServices().storage;
