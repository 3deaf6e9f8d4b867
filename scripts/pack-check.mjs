// `npm run pack:check`: what can be checked about packaging without downloading Electron.
//  1. electron-builder.yml passes electron-builder's own schema, and its identity, targets and
//     fuses are the ones the design requires.
//  2. A real `--linux dir` pack runs offline against a stand-in Electron folder (electronDist).
//     The stand-in "binary" carries the fuse sentinel and wire exactly as a real Electron does,
//     so electron-builder's fuse flipping runs for real and we read the result back.
//  3. app.asar holds the renderer, main and preload bundles and package.json, and nothing else:
//     no node_modules, no sources, no source maps.
// Output goes to release/pack-check/ (kept for inspection, replaced on each run).
import * as asar from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = path.join(projectRoot, 'release', 'pack-check');
const require = createRequire(import.meta.url);
// electron-builder's own copies of its config loader and of @electron/fuses: the code that
// `npm run dist` runs, not a second version that might disagree with it.
const appBuilderRequire = createRequire(
  createRequire(require.resolve('electron-builder')).resolve('app-builder-lib/package.json'),
);
const { getConfig, validateConfiguration } = appBuilderRequire('./out/util/config/config.js');
const { FuseV1Options, getCurrentFuseWire } = appBuilderRequire('@electron/fuses');
// The wire's byte values (@electron/fuses keeps them in a module it does not export).
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 };
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const started = performance.now();
const problems = [];

function check(condition, message) {
  if (!condition) problems.push(message);
  return condition;
}

function elapsed() {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function fail(message) {
  console.error(`\npack:check FAILED (${elapsed()}):\n  - ${message}`);
  process.exit(1);
}

// What the design fixes (DESIGN.md, issue 2). A change here is a decision, not a tweak.
const EXPECTED = {
  appId: 'cn.uniondesk.app',
  productName: 'UnionDesk',
  fuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linuxTargets: { deb: ['x64', 'arm64'], AppImage: ['x64', 'arm64'] },
  requiredInAsar: [
    '/package.json',
    '/dist/electron/main.cjs',
    '/dist/electron/preload.cjs',
    '/dist/renderer/index.html',
  ],
  allowedInAsar: [
    /^\/package\.json$/,
    /^\/dist(\/electron(\/(main|preload)\.cjs)?)?$/,
    /^\/dist\/renderer(\/.*)?$/,
  ],
};

// Fuse name in electron-builder.yml → index in the fuse wire.
const FUSE_INDEX = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

function preflight() {
  const missing = EXPECTED.requiredInAsar
    .filter((p) => p !== '/package.json')
    .filter((p) => !existsSync(path.join(projectRoot, p)));
  if (missing.length) {
    fail(`build output missing (${missing.join(', ')}). Run \`npm run build\` first.`);
  }
}

async function checkConfig() {
  const config = await getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
  try {
    await validateConfiguration(config, { isEnabled: false, add() {} });
  } catch (error) {
    fail(`electron-builder.yml does not validate:\n${error.message}`);
  }
  check(config.appId === EXPECTED.appId, `appId is ${config.appId}, must stay ${EXPECTED.appId}`);
  check(
    config.productName === EXPECTED.productName,
    `productName is ${config.productName}, must stay ${EXPECTED.productName}`,
  );
  check(config.asar !== false, 'asar must be on');
  const files = (config.files ?? []).flatMap((f) =>
    typeof f === 'string' ? [f] : (f.filter ?? []),
  );
  check(
    !files.some((f) => f.includes('node_modules') && !f.startsWith('!')),
    'files must not include node_modules',
  );
  for (const [name, value] of Object.entries(EXPECTED.fuses)) {
    check(
      config.electronFuses?.[name] === value,
      `electronFuses.${name} must be ${value} (is ${config.electronFuses?.[name]})`,
    );
  }
  const nsis = (config.win?.target ?? []).some((t) => (t.target ?? t) === 'nsis');
  check(nsis, 'win.target must include nsis');
  check(config.nsis?.oneClick === false, 'nsis.oneClick must be false (the user picks the folder)');
  for (const [target, arches] of Object.entries(EXPECTED.linuxTargets)) {
    const entry = (config.linux?.target ?? []).find((t) => t.target === target);
    check(
      entry && arches.every((a) => entry.arch?.includes(a)),
      `linux.target must build ${target} for ${arches.join(' and ')}`,
    );
  }
  if (!problems.length) {
    console.log('✓ electron-builder.yml validates; identity, targets and fuses are as designed');
  }
}

/**
 * A folder that looks enough like an unpacked Electron for `--linux dir`: an `electron`
 * executable holding the fuse sentinel and a wire in Electron's factory state, and the locale
 * files electronLanguages filters.
 */
async function makeStandInElectron() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-electron-stand-in-'));
  const factory = [
    FuseState.ENABLE, // RunAsNode
    FuseState.DISABLE, // EnableCookieEncryption
    FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
    FuseState.ENABLE, // EnableNodeCliInspectArguments
    FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
    FuseState.DISABLE, // OnlyLoadAppFromAsar
    FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
    FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
  ];
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for pack:check"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, factory.length, ...factory]),
  ]);
  await writeFile(path.join(dir, 'electron'), binary);
  await chmod(path.join(dir, 'electron'), 0o755);
  await mkdir(path.join(dir, 'locales'));
  for (const locale of ['en-US', 'zh-CN', 'fr', 'ja']) {
    await writeFile(path.join(dir, 'locales', `${locale}.pak`), 'stand-in');
  }
  await mkdir(path.join(dir, 'resources'));
  return dir;
}

async function pack(electronDist) {
  await rm(outputDir, { recursive: true, force: true });
  await build({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
    config: { electronDist, directories: { output: path.relative(projectRoot, outputDir) } },
    publish: 'never',
  });
  return path.join(outputDir, 'linux-unpacked');
}

async function checkFuses(appOutDir) {
  const wire = await getCurrentFuseWire(path.join(appOutDir, 'uniondesk'));
  for (const [name, expected] of Object.entries(EXPECTED.fuses)) {
    const state = wire[FUSE_INDEX[name]];
    check(
      state === (expected ? FuseState.ENABLE : FuseState.DISABLE),
      `fuse ${name} in the packed binary is ${String.fromCharCode(state)}, expected ${expected ? 1 : 0}`,
    );
  }
  if (!problems.length) console.log('✓ fuses flipped in the packed binary');
}

function checkAsar(appOutDir) {
  const archive = path.join(appOutDir, 'resources', 'app.asar');
  if (!check(existsSync(archive), `no app.asar at ${archive}`)) return;
  const entries = asar.listPackage(archive, { isPack: false });
  for (const required of EXPECTED.requiredInAsar) {
    check(entries.includes(required), `app.asar lacks ${required}`);
  }
  const nodeModules = entries.filter((e) => e.split('/').includes('node_modules'));
  check(
    nodeModules.length === 0,
    `app.asar carries node_modules (${nodeModules.slice(0, 3).join(', ')}…)`,
  );
  const unexpected = entries.filter((e) => !EXPECTED.allowedInAsar.some((re) => re.test(e)));
  check(
    unexpected.length === 0,
    `app.asar carries unexpected files: ${unexpected.slice(0, 5).join(', ')}`,
  );
  const maps = entries.filter((e) => e.endsWith('.map'));
  check(maps.length === 0, `app.asar carries source maps: ${maps.slice(0, 3).join(', ')}`);
  // Reading package.json back also proves the archive's offsets are sound.
  try {
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    check(pkg.main === 'dist/electron/main.cjs', `packed package.json main is ${pkg.main}`);
    check(
      !pkg.dependencies || Object.keys(pkg.dependencies).length === 0,
      'package.json has runtime dependencies; they would need node_modules in the package',
    );
  } catch (error) {
    check(
      false,
      `packed package.json unreadable (was dist/ rebuilt during the pack?): ${error.message}`,
    );
  }
  const files = entries.filter((e) => /\.[a-z0-9]+$/i.test(e)).length;
  if (!problems.length)
    console.log(`✓ app.asar: ${files} files, bundles present, no node_modules, no source maps`);
}

async function main() {
  preflight();
  await checkConfig();
  if (problems.length) fail(problems.join('\n  - '));
  const standIn = await makeStandInElectron();
  try {
    const appOutDir = await pack(standIn);
    await checkFuses(appOutDir);
    checkAsar(appOutDir);
  } finally {
    await rm(standIn, { recursive: true, force: true });
  }
  if (problems.length) fail(problems.join('\n  - '));
  console.log(
    `\npack:check passed in ${elapsed()} (output in ${path.relative(projectRoot, outputDir)}/)`,
  );
}

main().catch((error) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
