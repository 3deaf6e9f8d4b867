import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../shared/i18n';

/**
 * A small Chinese menu. Edit and zoom roles keep the usual shortcuts (copy/paste, Ctrl +/-,
 * which older eyes need); reload and developer tools exist only while developing, so a stray
 * Ctrl+R cannot throw away a half-typed form in the field.
 */
export function menuTemplate({ isDev }: { isDev: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t('menu.resetZoom') },
    { role: 'zoomIn', label: t('menu.zoomIn') },
    { role: 'zoomOut', label: t('menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('menu.fullScreen') },
  ];
  if (isDev) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: t('menu.reload') },
      { role: 'toggleDevTools', label: t('menu.devTools') },
    );
  }
  return [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.window'), submenu: [{ role: 'minimize', label: t('menu.minimize') }] },
  ];
}
