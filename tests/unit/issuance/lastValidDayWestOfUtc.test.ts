// This file's process runs west of UTC: vitest runs each test file in a process of its own, and Node applies a TZ
// set at run time to every Date made after it. Set before anything else reads a date.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { certifiedLearner, courseId, coreWorld, editCourse } from '../support/coreWorld';

/*
 * A course's expiry date is a calendar day: the learner's own. West of UTC the UTC day runs ahead of the local one,
 * and at 23:30 on the course's last valid day it is already the next day in UTC.
 */

/** 23:30 on 1 June 2026 on this process's clock (Pacific Daylight Time, UTC-7): 06:30 UTC on 2 June. */
const lastEvening = new Date(2026, 5, 1, 23, 30).getTime();

describe('the last valid day of a course, west of UTC', () => {
  it('runs in a zone west of UTC, where 23:30 local is already the next UTC day', () => {
    expect(new Date(lastEvening).getTimezoneOffset()).toBeGreaterThan(0);
    expect(new Date(lastEvening).toISOString()).toBe('2026-06-02T06:30:00.000Z');
  });

  it('issues the certificate at 23:30 local time on the expiry date, dated that day', async () => {
    const world = await coreWorld({
      editCourse: (dir) => editCourse(dir, 'expiry_date: 2028-01-15', 'expiry_date: 2026-06-01'),
    });
    const learner = await certifiedLearner(world);
    world.clock.now = lastEvening;

    const status = await world.ok('certificates.status', { courseId }, learner);
    expect(status.missing).toEqual([]);
    expect(status.eligible).toBe(true);
    const issued = await world.ok('certificates.issue', { courseId }, learner);
    expect(issued.completionDate).toBe('2026-06-01');
    expect(world.errors).toEqual([]);
  });

  it('refuses it half an hour later, on the next local day', async () => {
    const world = await coreWorld({
      editCourse: (dir) => editCourse(dir, 'expiry_date: 2028-01-15', 'expiry_date: 2026-06-01'),
    });
    const learner = await certifiedLearner(world);
    world.clock.now = lastEvening + 30 * 60_000;

    const error = await world.fail('certificates.issue', { courseId }, learner);
    expect(error.message).toContain('This course expired on 2026-06-01');
  });
});
