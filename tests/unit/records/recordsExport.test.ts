import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import { csvCell } from '../../../main/core/records/csvText';
import type { XapiStatement } from '../../../main/core/records/xapiStatements';
import { completeCourse, courseId, coreWorld, takePostTest, type CoreWorld } from '../support/coreWorld';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record is not ended by CRLF');
  return rows;
}

async function exported(
  world: CoreWorld,
  session: Session,
  format: 'transcript-csv' | 'transcript-json' | 'xapi' | 'learner-records',
) {
  return world.ok('records.export', { format }, session);
}

describe('CSV cells', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
  });
});

describe('transcript exports', () => {
  it('lists every certificate as CSV (formula-safe) and JSON', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana', {
      certificateName: '=HYPERLINK("http://evil.example","Dana")',
      credentials: '-RN',
    });
    await completeCourse(world, learner);
    const first = await world.ok('certificates.issue', { courseId }, learner);
    world.clock.now += 60_000;
    const second = await world.ok(
      'certificates.correctName',
      { certificateId: first.certificateId, certificateName: '@SUM(A1:A2)', credentials: 'RN' },
      learner,
    );

    const csv = await exported(world, learner, 'transcript-csv');
    expect(csv).toMatchObject({
      mimeType: 'text/csv;charset=utf-8',
      fileName: expect.stringMatching(/^ce-transcript-2026-06-0[12]\.csv$/),
    });
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(csv.content).toContain('"\'=HYPERLINK(""http://evil.example"",""Dana"")"');
    const [header, ...rows] = parseCsv(csv.content.slice(1));
    expect(header?.slice(0, 4)).toEqual(['Certificate ID', 'Status', 'Course', 'Course ID']);
    expect(rows).toHaveLength(2);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const cell = (row: string[] | undefined, name: string) => row?.[column(name)];
    expect(cell(rows[0], 'Certificate ID')).toBe(first.certificateId);
    expect(cell(rows[0], 'Status')).toBe('superseded');
    expect(cell(rows[0], 'Name on certificate')).toBe('\'=HYPERLINK("http://evil.example","Dana")');
    expect(cell(rows[0], 'Credentials')).toBe("'-RN");
    expect(cell(rows[0], 'Replaced by certificate')).toBe(second.certificateId);
    expect(cell(rows[1], 'Name on certificate')).toBe("'@SUM(A1:A2)");
    expect(cell(rows[1], 'Status')).toBe('current');
    expect(cell(rows[1], 'Course')).toBe('Hand Hygiene Refresher');
    expect(cell(rows[1], 'Course version')).toBe('1.0.0');
    expect(cell(rows[1], 'Completion date')).toBe(first.completionDate);
    expect(cell(rows[1], 'Hours claimed')).toBe('0.25');
    expect(cell(rows[1], 'Post-test score (%)')).toBe('100');
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);

    const json = await exported(world, learner, 'transcript-json');
    expect(json.mimeType).toBe('application/json');
    const transcript = JSON.parse(json.content) as Record<string, unknown>;
    expect(transcript).toMatchObject({
      format: 'ce-player.transcript',
      formatVersion: 1,
      learner: {
        displayName: 'Dana',
        certificateName: '=HYPERLINK("http://evil.example","Dana")',
        credentials: '-RN',
      },
      totalHoursClaimed: 0.25,
      certificates: [
        { certificateId: first.certificateId, status: 'superseded', hoursClaimed: 0.25 },
        { certificateId: second.certificateId, status: 'current', certificateName: '@SUM(A1:A2)' },
      ],
    });
    expect(await world.ok('certificates.list', {}, learner)).toEqual(transcript.certificates);
  });
});

describe('xAPI export', () => {
  it('gives the learning record as deterministic xAPI 1.0.3 statements an LRS can load', async () => {
    const world = await coreWorld();
    const learner = await world.signUp('Dana', { certificateName: 'Dana Reyes' });
    await completeCourse(world, learner, 'post-test');
    world.clock.now += 60_000;
    await takePostTest(world, learner, true);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    world.clock.now += 60_000;
    const corrected = await world.ok(
      'certificates.correctName',
      { certificateId: issued.certificateId, certificateName: 'Dana M. Reyes' },
      learner,
    );

    const file = await exported(world, learner, 'xapi');
    expect(file).toMatchObject({
      mimeType: 'application/json',
      fileName: expect.stringMatching(/^ce-xapi-statements-.*\.json$/),
    });
    const statements = JSON.parse(file.content) as XapiStatement[];
    const course = `urn:ce-player:course:${courseId}:1.0.0`;
    const verbs = {
      launched: 'http://adlnet.gov/expapi/verbs/launched',
      attempted: 'http://adlnet.gov/expapi/verbs/attempted',
      completed: 'http://adlnet.gov/expapi/verbs/completed',
      passed: 'http://adlnet.gov/expapi/verbs/passed',
      failed: 'http://adlnet.gov/expapi/verbs/failed',
      submitted: 'http://activitystrea.ms/schema/1.0/submit',
      confirmed: 'http://activitystrea.ms/schema/1.0/confirm',
      satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
    };
    const summary = statements.map((s) => `${s.verb.display['en-US'] ?? ''} ${s.object.id}`).sort();
    expect(summary).toEqual(
      [
        `attempted ${course}:module:moments`,
        `attempted ${course}:module:technique`,
        `attempted ${course}:post-test`,
        `attempted ${course}:post-test`,
        `submitted ${course}:evaluation`,
        `confirmed ${course}:attestation`,
        `completed ${course}`,
        `completed ${course}:module:moments`,
        `completed ${course}:module:technique`,
        `failed ${course}:post-test`,
        `launched ${course}:module:moments`,
        `launched ${course}:module:technique`,
        `passed ${course}:module:moments`,
        `passed ${course}:module:technique`,
        `passed ${course}:post-test`,
        `satisfied ${course}`,
        `satisfied ${course}`,
      ].sort(),
    );
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const statement of statements) {
      expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(statement.actor).toEqual({
        objectType: 'Agent',
        name: 'Dana',
        account: { homePage: `urn:ce-player:install:${issued.issuerDid}`, name: learner.learnerId },
      });
      const verb = statement.verb.display['en-US'] as keyof typeof verbs;
      expect(statement.verb.id).toBe(verbs[verb]);
      expect(new Date(statement.timestamp).toISOString()).toBe(statement.timestamp);
      expect(statement.object.objectType).toBe('Activity');
      expect(statement.context.platform).toBe('CE Player');
      if (statement.object.id !== course)
        expect(statement.context.contextActivities?.parent[0]?.id).toBe(course);
    }
    const timestamps = statements.map((s) => s.timestamp);
    expect([...timestamps].sort()).toEqual(timestamps);

    const graded = statements.filter((s) => s.verb.id === verbs.passed || s.verb.id === verbs.failed);
    for (const s of graded) {
      expect(s.result?.success).toBe(s.verb.id === verbs.passed);
      expect(s.result?.score?.scaled).toBe(s.verb.id === verbs.passed ? 1 : 0);
      expect(s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
        s.object.id.endsWith('post-test') ? 0.75 : 0.8,
      );
    }
    const attempted = statements.filter((s) => s.verb.id === verbs.attempted);
    const attemptIdKey = 'urn:ce-player:xapi:extension:attempt-id';
    expect(attempted).toHaveLength(graded.length);
    for (const s of attempted) {
      const outcome = graded.find(
        (g) => g.context.extensions?.[attemptIdKey] === s.context.extensions?.[attemptIdKey],
      );
      expect(s.result).toBeUndefined();
      expect(outcome && s.timestamp <= outcome.timestamp).toBe(true);
    }
    const attestation = statements.find((s) => s.verb.id === verbs.confirmed);
    expect(attestation?.result?.extensions).toEqual({
      'urn:ce-player:xapi:extension:hours-claimed': 0.25,
      'urn:ce-player:xapi:extension:attested-minutes': 20,
    });
    expect(attestation?.object.definition.name).toEqual({ en: 'Hand Hygiene Refresher: attestation' });
    const evaluation = statements.find((s) => s.verb.id === verbs.submitted);
    // The evaluation's answers stay on this computer: the statement says only that it was submitted.
    expect(evaluation?.result).toEqual({ completion: true });
    expect(evaluation?.object.definition.type).toBe('http://id.tincanapi.com/activitytype/survey');
    const moments = statements.find((s) => s.object.id === `${course}:module:moments`);
    expect(moments?.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/module',
      name: { en: 'The five moments' },
    });
    const satisfied = statements.filter((s) => s.verb.id === verbs.satisfied);
    expect(
      satisfied.map((s) => s.context.extensions?.['urn:ce-player:xapi:extension:certificate-id']),
    ).toEqual([issued.certificateId, corrected.certificateId]);
    expect(satisfied[0]?.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/course',
      name: { en: 'Hand Hygiene Refresher' },
    });

    // Exporting again later gives the same statements, ids and all.
    world.clock.now += 86_400_000;
    expect((await exported(world, learner, 'xapi')).content).toBe(file.content);
  });
});

describe('learner records round trip', () => {
  it('moves a learner to another installation through records.import, idempotently', async () => {
    const home = await coreWorld();
    const ana = await home.signUp('Ana', { certificateName: 'Ana Ortiz' });
    await completeCourse(home, ana);
    const file = await exported(home, ana, 'learner-records');
    expect(file.fileName).toMatch(/^ce-player-records-.*\.json$/);
    const { installationKey } = await home.ok('records.history', {}, ana);
    expect(JSON.parse(file.content)).toMatchObject({
      format: 'ce-player.records',
      formatVersion: 2,
      installation: installationKey,
      learnerRecords: { format: 'ce-player.learner-records' },
      attemptRecords: { format: 'ce-player.attempt-records' },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' },
    });

    // The clinic's IT lists the home installation as trusted.
    const clinic = await coreWorld({ trustedInstallations: [{ name: "Ana's home", key: installationKey }] });
    const there = await clinic.signUp('Ana at the clinic', { certificateName: 'Ana Ortiz' });
    const first = await clinic.ok('records.import', { content: file.content }, there);
    expect(first).toMatchObject({
      verified: true,
      signedBy: "Ana's home",
      message: "Verified: signed by Ana's home.",
      moduleProgress: 2,
      attempts: 3,
      evaluations: 1,
      attestations: 1,
      skippedOpenAttempts: 0,
    });
    expect(first.heartbeats).toBeGreaterThan(40);
    const again = await clinic.ok('records.import', { content: file.content }, there);
    expect(Object.values(again).filter((n) => typeof n === 'number')).toEqual(Array(9).fill(0));
    expect(await clinic.ok('certificates.status', { courseId }, there)).toEqual({
      eligible: true,
      missing: [],
      current: null,
    });
    const issued = await clinic.ok('certificates.issue', { courseId }, there);
    expect(issued.status).toBe('current');

    // The same records cannot be taken over by another profile on the home installation: all or nothing.
    const ben = await home.signUp('Ben');
    const refused = await home.fail('records.import', { content: file.content }, ben);
    expect(refused.code).toBe('conflict');
    expect((await home.ok('certificates.status', { courseId }, ben)).missing).toContainEqual({
      kind: 'read',
      text: 'Read 2 more modules to the end.',
    });
    expect(await home.fail('records.import', { content: 'Certificate ID,Status\r\n' }, ben)).toMatchObject({
      code: 'invalid_input',
    });
  });
});
