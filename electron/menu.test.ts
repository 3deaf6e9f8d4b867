import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('is in Chinese', () => {
    expect(menuTemplate({ isDev: false }).map((m) => m.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
    ]);
  });

  it('has no reload or developer tools in the packaged app', () => {
    const packaged = roles(menuTemplate({ isDev: false }));
    expect(packaged).toEqual(expect.arrayContaining(['copy', 'paste', 'zoomIn', 'quit']));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});
