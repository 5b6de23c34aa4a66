import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyoneReaderInSddl } from '../../../main/core/config/configFileReaders';
import { lrsLimits } from '../../../main/core/config/lrsConfigSchema';
import { loadMachineConfig, policyOptions } from '../../../main/core/config/machineConfig';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * The `lrs` key: where learning records are sent. It is policy (the machine-wide file wins, an untrusted one cannot
 * set it), its secret never appears in a warning, and a file that everyone can read cannot send with it.
 */
const secret = 'S3CRET-never-in-a-warning-2291';
const lrs = { endpoint: 'https://lrs.example.org/xapi', key: 'ce-player', secret };

function writeJson(
  name: string,
  value: unknown,
  mode = 0o600,
  dir = makeTempFolder('ce-lrs-config-'),
): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value), { mode });
  fs.chmodSync(file, mode);
  return file;
}

function loadFromEnvironment(file: string) {
  const machineFile = path.join(makeTempFolder('ce-no-machine-'), 'config.json');
  return loadMachineConfig('linux', { CE_PLAYER_CONFIG: file }, () => true, { machineFile });
}

describe('the lrs settings key', () => {
  it('reads an LRS with its defaults, and hands it to the core as policy', () => {
    const loaded = loadFromEnvironment(writeJson('config.json', { lrs }));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.config.lrs).toEqual({
      endpoint: 'https://lrs.example.org/xapi/',
      key: 'ce-player',
      secret,
      enabled: true,
      batchSize: lrsLimits.batchSize.default,
      intervalSeconds: lrsLimits.intervalSeconds.default,
      timeoutSeconds: lrsLimits.timeoutSeconds.default,
    });
    expect(policyOptions(loaded.config).lrs).toBe(loaded.config.lrs);
    expect(loadFromEnvironment(writeJson('none.json', { requirePin: true })).config.lrs).toBeUndefined();
  });

  it.each([
    [
      'http://lrs.example.org/xapi/',
      /"lrs.endpoint" uses http:\/\/, which would send records and the secret/,
    ],
    ['https://user:pw@lrs.example.org/xapi/', /"lrs.endpoint" must not hold a user name or password/],
    ['ftp://lrs.example.org/', /"lrs.endpoint" uses ftp:, not https:\/\//],
    ['lrs.example.org', /"lrs.endpoint" is not a web address/],
  ])('refuses the endpoint %s, naming the field, and sends nothing', (endpoint, message) => {
    const loaded = loadFromEnvironment(writeJson('config.json', { lrs: { ...lrs, endpoint } }));
    expect(loaded.config.lrs).toBeUndefined();
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(message);
    expect(loaded.warnings[0]).toContain('no LRS (nothing is sent) applies');
  });

  it('lets a test LRS on this computer use http', () => {
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:9']) {
      const loaded = loadFromEnvironment(
        writeJson('c.json', { lrs: { ...lrs, endpoint: `http://${host}/xAPI/` } }),
      );
      expect(loaded.warnings).toEqual([]);
      expect(loaded.config.lrs?.endpoint).toBe(`http://${host}/xAPI/`);
    }
  });

  it('bounds the batch size, the interval and the timeout', () => {
    const tooBig = { ...lrs, batchSize: lrsLimits.batchSize.max + 1 };
    const loaded = loadFromEnvironment(writeJson('config.json', { lrs: tooBig }));
    expect(loaded.config.lrs).toBeUndefined();
    expect(loaded.warnings[0]).toContain(`"lrs.batchSize" can be at most ${lrsLimits.batchSize.max}.`);
    const fine = { ...lrs, batchSize: 10, intervalSeconds: 5, timeoutSeconds: 2, enabled: false };
    expect(loadFromEnvironment(writeJson('ok.json', { lrs: fine })).config.lrs).toMatchObject({
      ...fine,
      endpoint: `${lrs.endpoint}/`,
    });
    const tooOften = loadFromEnvironment(writeJson('x.json', { lrs: { ...lrs, intervalSeconds: 1 } }));
    expect(tooOften.warnings[0]).toContain(
      `"lrs.intervalSeconds" must be at least ${lrsLimits.intervalSeconds.min}.`,
    );
  });

  it('names a misspelt field and never repeats the key or the secret in a warning', () => {
    const cases = [
      { ...lrs, secrte: secret },
      { ...lrs, key: `${secret}:x` },
      { ...lrs, secret: `${secret}\n` },
      { ...lrs, secret: 42, key: secret, batchSize: secret },
      secret,
    ];
    const warnings = cases.flatMap(
      (value) => loadFromEnvironment(writeJson('c.json', { lrs: value })).warnings,
    );
    expect(warnings).toHaveLength(cases.length);
    expect(warnings[0]).toContain('"lrs" has "secrte", which CE Player does not know');
    expect(warnings[1]).toContain('"lrs.key" must not contain ":"');
    expect(warnings[2]).toContain('"lrs.secret" contains a line break');
    for (const warning of warnings) expect(warning).not.toContain(secret);
  });

  it('is policy: the machine-wide file wins, and one that others could change cannot name an LRS', () => {
    const folder = path.join(makeTempFolder('ce-lrs-policy-'), 'ce-player');
    fs.mkdirSync(folder, { mode: 0o755 });
    const machineFile = writeJson('config.json', { lrs }, 0o640, folder);
    const learnerFile = writeJson('mine.json', { lrs: { ...lrs, endpoint: 'https://learner.example.net/' } });
    const loaded = loadMachineConfig('linux', { CE_PLAYER_CONFIG: learnerFile }, () => true, { machineFile });
    expect(loaded.config.lrs?.endpoint).toBe('https://lrs.example.org/xapi/');

    fs.chmodSync(machineFile, 0o662);
    const planted = loadMachineConfig('linux', {}, () => true, { machineFile });
    expect(planted.config.lrs).toBeUndefined();
    expect(planted.warnings.join('\n')).toMatch(
      /others can change it.*trusted installations and LRS are ignored/,
    );
  });
});

describe('a settings file that holds the LRS secret', () => {
  it('sends nothing while every account on the computer can read it, and says why', () => {
    const file = writeJson('config.json', { lrs }, 0o644);
    const open = loadFromEnvironment(file);
    expect(open.config.lrs?.enabled).toBe(false);
    expect(open.warnings).toHaveLength(1);
    expect(open.warnings[0]).toContain(
      'it holds the LRS secret ("lrs.secret"), but every account on this computer can read it (mode 644). ' +
        'Nothing is sent to the LRS',
    );
    expect(open.warnings[0]).not.toContain(secret);

    fs.chmodSync(file, 0o640);
    const closed = loadFromEnvironment(file);
    expect(closed.warnings).toEqual([]);
    expect(closed.config.lrs?.enabled).toBe(true);
  });

  it('on Windows, finds Everyone, Users, Authenticated Users or Interactive among the readers', () => {
    const system = '(A;;FA;;;SY)(A;;FA;;;BA)';
    expect(everyoneReaderInSddl(`D:P${system}`)).toBeNull();
    expect(everyoneReaderInSddl(`D:P${system}(A;;FR;;;S-1-5-21-1-2-3-1105)`)).toBeNull(); // one group or account
    expect(everyoneReaderInSddl(`D:P${system}(A;OICIIO;GR;;;BU)`)).toBeNull(); // inherit-only: not this file
    expect(everyoneReaderInSddl(`D:P${system}(A;;0x1200a9;;;BU)`)).toBe('Users');
    expect(everyoneReaderInSddl(`D:AI${system}(A;ID;FR;;;WD)`)).toBe('Everyone');
    expect(everyoneReaderInSddl(`D:P${system}(A;;GR;;;S-1-5-11)`)).toBe('Authenticated Users');
    expect(everyoneReaderInSddl(`D:P${system}(A;;FA;;;IU)`)).toBe('Interactive');
    expect(everyoneReaderInSddl(`D:P${system}(D;;FR;;;WD)`)).toBeNull(); // a deny entry grants nothing
  });
});
