import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createAppLog } from '../../../main/core/app/appLog';
import { defaultDataDir } from '../../../main/core/app/dataDirectory';
import { signingKeyPath } from '../../../main/core/certificates/signingKeyStore';
import { backupGenerations } from '../../../main/core/db/databaseBackups';
import { dataDirLayout } from '../../../main/core/db/databaseFiles';
import { loadMachineConfig, machineConfigPath } from '../../../main/core/config/machineConfig';
import { machineConfigKeys } from '../../../main/core/config/machineConfigSchema';

const settingsKeys: readonly string[] = Object.keys(machineConfigKeys);

/*
 * docs/install.md is for clinic IT, who will type what it says. Every flag, environment variable, settings key and
 * path it names is taken from the text here and checked against the code (or, for installer options, against the
 * installer templates electron-builder uses), so the guide cannot drift from the app.
 */
const root = path.resolve(__dirname, '..', '..', '..');
const doc = fs.readFileSync(path.join(root, 'docs', 'install.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  productName: string;
  scripts: Record<string, string>;
};
const builderConfig = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  directories: { output: string };
  electronFuses: Record<string, boolean>;
  nsis: { oneClick: boolean };
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}
const mainSource = sourceFiles(path.join(root, 'main'))
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');

/** `inline code` spans outside fenced blocks, and the fenced blocks themselves. */
const fences = [...doc.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1] ?? '',
  body: m[2] ?? '',
}));
const prose = doc.replace(/```[\s\S]*?```/g, '');
const inlineCode = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');

/** The NSIS scripts electron-builder compiles into the Windows installer. */
const nsisTemplates = (() => {
  const fromRoot = createRequire(path.join(root, 'package.json'));
  const builderDir = path.dirname(fromRoot.resolve('electron-builder/package.json'));
  const libDir = path.dirname(
    createRequire(path.join(builderDir, 'package.json')).resolve('app-builder-lib/package.json'),
  );
  const dir = path.join(libDir, 'templates', 'nsis');
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.nsh'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
})();

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-install-doc-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('docs/install.md', () => {
  it('names only command-line options the app reads', () => {
    const flags = new Set([...doc.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]));
    expect([...flags].sort()).toEqual(['--courses-dir', '--data-dir', '--port', '--temporary-pin']);
    for (const flag of flags) expect(mainSource, flag).toContain(`'${flag}'`);
  });

  it('names only environment variables the app reads or the fuses disable', () => {
    const names = new Set([...doc.matchAll(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g)].map((m) => m[0]));
    const disabledByFuses: Record<string, string> = {
      ELECTRON_RUN_AS_NODE: 'runAsNode',
      NODE_OPTIONS: 'enableNodeOptionsEnvironmentVariable',
    };
    expect(names.size).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const fuse = disabledByFuses[name];
      if (fuse) expect(builderConfig.electronFuses[fuse], name).toBe(false);
      else expect(mainSource, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('documents exactly the settings keys the app reads, and its examples load without a warning', () => {
    const tableKeys = inlineCode.filter((code) => settingsKeys.includes(code));
    expect(new Set(tableKeys)).toEqual(new Set(settingsKeys));
    const examples = fences.filter((fence) => fence.lang === 'json');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    examples.forEach((example, index) => {
      const file = path.join(temp, `example-${index}.json`);
      // As the guide says: a file that holds the LRS secret is readable by its owner and group only.
      fs.writeFileSync(file, example.body, { mode: 0o640 });
      for (const key of Object.keys(JSON.parse(example.body) as object)) {
        expect(settingsKeys).toContain(key);
      }
      // A Windows example's folders cannot exist here; the folder check is another OS's question.
      const platform = example.body.includes(':\\\\') ? 'win32' : 'linux';
      const loaded = loadMachineConfig(platform, { CE_PLAYER_CONFIG: file }, () => true, {
        machineFile: path.join(temp, 'no-machine-file.json'),
      });
      expect(loaded.warnings, example.body).toEqual([]);
    });
  });

  it('gives a typo example the app really catches', () => {
    const typo = /typo such as `(\w+)`/.exec(doc)?.[1] ?? '';
    const file = path.join(temp, 'typo.json');
    fs.writeFileSync(file, JSON.stringify({ [typo]: '/x' }));
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: file }, undefined, {
      machineFile: path.join(temp, 'no-machine-file.json'),
    });
    expect(loaded.warnings[0]).toContain(`"${typo}" is not a CE Player setting (did you mean "dataDir"?)`);
  });

  it('gives the default data folder and the settings file path the code uses on each OS', () => {
    const expected = [
      defaultDataDir('win32', { APPDATA: '%APPDATA%' }, '%USERPROFILE%'),
      defaultDataDir('darwin', {}, '~'),
      defaultDataDir('linux', {}, '~'),
      machineConfigPath('win32', { ProgramData: '%ProgramData%' }),
      machineConfigPath('darwin', {}),
      machineConfigPath('linux', {}),
    ];
    for (const place of expected) expect(inlineCode, place).toContain(place);
  });

  it('names only data-folder entries the app creates', () => {
    const dataDir = path.join(temp, 'data');
    const layout = dataDirLayout(dataDir);
    createAppLog(dataDir, () => undefined).info('written by the install doc test');
    const entries = new Set([
      path.basename(layout.databasePath),
      `${path.basename(layout.databasePath)}-wal`,
      `${path.basename(layout.databasePath)}-shm`,
      `${path.basename(layout.backupsDir)}/`,
      `${path.basename(layout.corruptDir)}/`,
      `${path.relative(dataDir, path.dirname(signingKeyPath(dataDir)))}/`,
      ...(fs.existsSync(path.join(dataDir, 'logs', 'main.log')) ? ['logs/main.log'] : []),
      ...(mainSource.includes("path.join(dataDir, 'courses')") ? ['courses/'] : []),
    ]);
    const named = inlineCode.filter(
      (code) => /^[\w.-]+(\/[\w.-]*)?$/.test(code) && (code.includes('/') || code.includes('.sqlite')),
    );
    const others = new Set([`${builderConfig.directories.output}/`]);
    expect(named.length).toBeGreaterThan(5);
    for (const code of named) expect(entries.has(code) || others.has(code), code).toBe(true);
    expect(doc).toContain(`newest ${backupGenerations} backups`);
    expect(inlineCode).toContain('backups/ce-player-<date and time>.sqlite');
    expect(mainSource).toContain('`ce-player-${fileTimestamp(now)}.sqlite`');
  });

  it('uses installer options that electron-builder’s installers accept', () => {
    expect(builderConfig.nsis.oneClick).toBe(false);
    const nsisLines = fences
      .flatMap((fence) => fence.body.split('\n'))
      .filter((line) => line.includes('Setup'));
    const nsisOptions = new Set(nsisLines.flatMap((line) => line.match(/(?<=\s)\/[A-Za-z]+=?/g) ?? []));
    // /S and /D= are NSIS's own switches for every installer; the rest come from electron-builder's templates.
    const nsisBuiltIn = new Set(['/S', '/D=']);
    expect([...nsisOptions].sort()).toEqual(['/D=', '/S', '/allusers', '/currentuser']);
    for (const option of nsisOptions) {
      if (!nsisBuiltIn.has(option)) expect(nsisTemplates, option).toContain(`"${option}"`);
    }
    // msiexec's options are Windows Installer's own; keep the guide to the standard install/remove/quiet set.
    const msiOptions = new Set(doc.match(/(?<=msiexec[^\n]*\s)\/[a-z]+/g) ?? []);
    expect([...msiOptions].sort()).toEqual(['/i', '/qn', '/x']);
  });

  it('names the installer files and commands the build produces', () => {
    expect(manifest.productName).toBe('CE Player');
    expect(doc).toMatch(new RegExp(`"${manifest.productName} Setup \\d+\\.\\d+\\.\\d+\\.exe"`));
    expect(doc).toMatch(new RegExp(`"${manifest.productName} \\d+\\.\\d+\\.\\d+\\.msi"`));
    expect(doc).toMatch(new RegExp(`\\./${manifest.name}_\\d+\\.\\d+\\.\\d+_amd64\\.deb`));
    expect(doc).toContain(`apt remove ${manifest.name}`);
    expect(doc).toContain(`Uninstall ${manifest.productName}.exe`);
    for (const [, script] of doc.matchAll(/npm run ([\w:-]+)/g)) {
      expect(manifest.scripts, script).toHaveProperty(script ?? '');
    }
  });
});
