import { useCallback, useRef, useState } from 'react';
import { ImportCancelled, type ImportRow } from '../../../db/members';
import type { BackupFileInfo } from '../../../platform/types';
import { useMemberActions } from '../useMemberActions';
import type { DuplicateChoice } from './import-plan';

export type WriteState =
  | { phase: 'idle' }
  | { phase: 'writing'; done: number; total: number; cancelling: boolean }
  | {
      phase: 'done';
      added: number;
      updated: number;
      skipped: number;
      safetyCopy: BackupFileInfo | null;
    }
  | { phase: 'cancelled' }
  | { phase: 'failed'; reason: string };

/**
 * Writes the confirmed rows: a safety copy first, then one transaction. 取消 makes the next
 * progress callback throw ImportCancelled inside the transaction, which rolls all of it back.
 */
export function useImportWrite() {
  const actions = useMemberActions();
  const [state, setState] = useState<WriteState>({ phase: 'idle' });
  const cancelled = useRef(false);

  const write = useCallback(
    async (rows: readonly ImportRow[], duplicates: DuplicateChoice) => {
      cancelled.current = false;
      setState({ phase: 'writing', done: 0, total: rows.length, cancelling: false });
      try {
        const result = await actions.importRows(rows, {
          duplicates,
          onProgress: (done, total) => {
            if (cancelled.current) throw new ImportCancelled();
            setState({ phase: 'writing', done, total, cancelling: false });
          },
        });
        // A cancel pressed after the last chunk was written comes too late to undo it.
        setState({ phase: 'done', ...result });
      } catch (error) {
        if (error instanceof ImportCancelled) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', reason: error instanceof Error ? error.message : '' });
      }
    },
    [actions],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((s) => (s.phase === 'writing' ? { ...s, cancelling: true } : s));
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, write, cancel, reset };
}
