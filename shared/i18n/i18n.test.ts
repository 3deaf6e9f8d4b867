import { describe, expect, it } from 'vitest';
import { msg, render, setCatalog, t, zhCN, type Catalog } from './index';

describe('message catalogue', () => {
  it('fills parameters by name', () => {
    expect(t('field.required', { field: '工会名称' })).toBe('请填写工会名称。');
    expect(render(msg('ipc.badArgs', { detail: '缺少文件名' }))).toContain('缺少文件名');
  });

  it('switches to another catalogue with the same keys', () => {
    const en: Catalog = Object.fromEntries(Object.keys(zhCN).map((k) => [k, `EN ${k}`])) as Catalog;
    const previous = setCatalog(en);
    try {
      expect(t('app.name')).toBe('EN app.name');
    } finally {
      setCatalog(previous);
    }
    expect(t('app.name')).toBe('基层工会工作台');
  });
});
