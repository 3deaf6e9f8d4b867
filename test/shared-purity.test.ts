import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

async function lintShared(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, 'shared/probe.ts') });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('shared/ stays pure', () => {
  it.each([
    "import Dexie from 'dexie';",
    "import { app } from 'electron';",
    "import { useState } from 'react';",
    "import { readFile } from 'node:fs/promises';",
    "import { createHash } from 'crypto';",
    "import { db } from '../renderer/db/instance';",
  ])('the lint rule refuses %s', async (line) => {
    const problems = await lintShared(`${line}\nexport const x = 1;\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/shared\/ (is pure|may not)/);
  });

  it('the lint rule allows pure imports', async () => {
    expect(await lintShared("import { z } from 'zod';\nexport const s = z.string();\n")).toEqual(
      [],
    );
  });

  it('no file in shared/ imports a platform module today', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          if (
            /from\s+['"](electron|dexie|react|react-dom|node:[\w/]+|fs|path|crypto)['"]/.test(text)
          ) {
            offenders.push(relative(root, path));
          }
        }
      }
    };
    walk(join(root, 'shared'));
    expect(offenders).toEqual([]);
  });
});
