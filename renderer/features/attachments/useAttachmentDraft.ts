import { useCallback, useMemo, useState } from 'react';

/**
 * What a form with an AttachmentField must remember so that uploads it does not keep are not
 * left behind: when it opened, and every attachment id it held. Pass both to the save (the
 * ledger's `saveLedgerEntry` options, or `releaseAttachments` with `discardCreatedSince`) and
 * to `useAttachmentActions().discardDraft` when the form closes unsaved.
 */
export function useAttachmentDraft(): {
  openedAt: string;
  held: readonly string[];
  /** Call with every new value of the field. */
  hold: (ids: readonly string[]) => void;
} {
  const [openedAt] = useState(() => new Date().toISOString());
  const [held, setHeld] = useState<ReadonlySet<string>>(() => new Set());
  const hold = useCallback(
    (ids: readonly string[]) =>
      setHeld((current) =>
        ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids]),
      ),
    [],
  );
  const list = useMemo(() => [...held], [held]);
  return { openedAt, held: list, hold };
}
