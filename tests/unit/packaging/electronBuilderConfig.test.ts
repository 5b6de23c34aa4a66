import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(__dirname, '..', '..', '..');
const require = createRequire(path.join(root, 'package.json'));

/** electron-builder's own JSON schema for its configuration, as shipped by the installed app-builder-lib. */
function builderSchema(): object {
  const builderDir = path.dirname(require.resolve('electron-builder/package.json'));
  const schemaFile = createRequire(path.join(builderDir, 'package.json')).resolve(
    'app-builder-lib/scheme.json',
  );
  return JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
}

interface BuilderConfig {
  [key: string]: unknown;
  electronFuses: Record<string, boolean>;
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  win: { target: string[] };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  mac: { target: { target: string; arch: string[] }[] };
  linux: { target: string[] };
}

const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema());

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a misspelt or mistyped option', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
  });

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS, no inspect flags, asar integrity, app only from asar, no file:// extras', () => {
    expect(config.electronFuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has no auto-update feed', () => {
    expect(config).toHaveProperty('publish', null);
  });

  it('builds Windows NSIS and MSI; NSIS lets the installer choose per machine or per user', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.nsis.deleteAppDataOnUninstall).not.toBe(true);
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
  });

  it('builds a macOS dmg for x64 and arm64 and Linux AppImage and deb', () => {
    const dmg = config.mac.target.find((target) => target.target === 'dmg');
    expect(dmg?.arch).toEqual(expect.arrayContaining(['x64', 'arm64']));
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('ships the bundled courses as plain files and unpacks better-sqlite3 from the asar', () => {
    expect(config.extraResources).toContainEqual({ from: 'courses', to: 'courses' });
    expect(fs.existsSync(path.join(root, 'courses'))).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('never packages the development Electron build of better-sqlite3', () => {
    expect(config.files).toContain('!dist/native/**');
    expect(config.files.some((pattern) => pattern.startsWith('dist/native'))).toBe(false);
  });
});
