import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../shared/bridge/contract';
import { APP_ID, PACKAGE_NAME, PRODUCT_NAME } from './app-identity';

const root = path.resolve(__dirname, '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/** A top-level `key: value` of electron-builder.yml (no YAML library in this project). */
function yamlScalar(text: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*['"]?([^'"\\n#]+?)['"]?\\s*$`, 'm').exec(text)?.[1];
}

describe('frozen identity', () => {
  it('keeps the origin that IndexedDB lives under', () => {
    expect(APP_ORIGIN).toBe('app://uniondesk');
  });

  it('agrees across package.json, electron-builder.yml and the main process', () => {
    const pkg = JSON.parse(read('package.json')) as {
      name: string;
      productName: string;
      main: string;
    };
    const builder = read('electron-builder.yml');
    expect([APP_ID, PRODUCT_NAME, PACKAGE_NAME]).toEqual([
      'cn.uniondesk.app',
      'UnionDesk',
      'uniondesk',
    ]);
    expect(pkg.name).toBe(PACKAGE_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(yamlScalar(builder, 'appId')).toBe(APP_ID);
    expect(yamlScalar(builder, 'productName')).toBe(PRODUCT_NAME);
  });
});
