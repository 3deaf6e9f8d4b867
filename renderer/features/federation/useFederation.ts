import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { createEd25519Verifier, type Ed25519Verifier } from '../../../shared/signing/ed25519';
import { useDatabase } from '../../app/AppContext';
import { listReceived, loadFederationName, loadRegistry } from '../../db/federation';

export const useReceived = () => {
  const db = useDatabase();
  return useLiveQuery(() => listReceived(db), [db]);
};

export const useRegistry = () => {
  const db = useDatabase();
  return useLiveQuery(() => loadRegistry(db), [db]);
};

export const useFederationName = () => {
  const db = useDatabase();
  return useLiveQuery(() => loadFederationName(db), [db]);
};

/** One verifier per page: it caches the unions' imported public keys. */
export const useVerifier = (): Ed25519Verifier => useMemo(() => createEd25519Verifier(), []);

export const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/** Today on this PC's calendar (not UTC: before 08:00 in China UTC is still yesterday). */
export const todayIso = () => dayjs().format('YYYY-MM-DD');
