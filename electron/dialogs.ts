import type {
  BaseWindow,
  Dialog,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';

/**
 * Native dialogs made modal to the window a request came from, so a dialog cannot open behind
 * the app (which a clerk would take for a frozen program).
 */
export function modalDialogs(deps: {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  windowFor: (contents: WebContents) => BaseWindow | null;
}) {
  const { dialog, windowFor } = deps;
  return {
    showOpen(sender: WebContents, options: OpenDialogOptions): Promise<OpenDialogReturnValue> {
      const window = windowFor(sender);
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSave(sender: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue> {
      const window = windowFor(sender);
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
}
