import { App } from 'antd';
import { useState } from 'react';
import { MeetingError } from '../../db/meetings';

/**
 * Runs one action on a minute from a dialog: busy while it runs, the success text on success
 * (then `onDone`), the data layer's Chinese message on refusal.
 */
export function useMeetingCommand(done: string, onDone: () => void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      onDone();
    } catch (error) {
      void message.error(error instanceof MeetingError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
