import type { CoursePackage } from '../course/courseTypes';
import type { StoredCertificate } from '../issuance/certificateRecords';

/** An xAPI Activity with its definition. */
export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: { type: string; name?: Record<string, string> };
}

const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  survey: 'http://id.tincanapi.com/activitytype/survey',
  attestation: 'urn:ce-player:xapi:activity-type:attestation',
} as const;

/** The activity id of a course version, as the certificate credential names its achievement. */
export function courseActivityId(courseId: string, courseVersion: string): string {
  return `urn:ce-player:course:${courseId}:${courseVersion}`;
}

/**
 * Builds the activities statements refer to: a course version, one of its modules, its post-test. Names come
 * from the installed course version, or (for a course no longer installed) from a certificate's frozen title;
 * failing both, the activity has only its id and type.
 */
export class XapiActivities {
  private readonly courses = new Map<string, CoursePackage | null>();
  private readonly certificateTitles = new Map<string, string>();

  constructor(
    private readonly findCourse: (courseId: string, courseVersion: string) => CoursePackage | null,
    certificates: readonly StoredCertificate[],
  ) {
    for (const certificate of certificates) {
      const key = this.key(certificate.courseId, certificate.courseVersion);
      this.certificateTitles.set(key, certificate.snapshot.courseTitle);
    }
  }

  /** The course's language tag (BCP 47) for name maps; "und" when the course is not installed. */
  language(courseId: string, courseVersion: string): string {
    return this.installed(courseId, courseVersion)?.language ?? 'und';
  }

  course(courseId: string, courseVersion: string): XapiActivity {
    const key = this.key(courseId, courseVersion);
    const title = this.certificateTitles.get(key) ?? this.installed(courseId, courseVersion)?.title;
    return this.activity(courseActivityId(courseId, courseVersion), 'course', courseId, courseVersion, title);
  }

  module(courseId: string, courseVersion: string, moduleId: string): XapiActivity {
    const title = this.installed(courseId, courseVersion)?.modules.find((m) => m.id === moduleId)?.title;
    const id = `${courseActivityId(courseId, courseVersion)}:module:${moduleId}`;
    return this.activity(id, 'module', courseId, courseVersion, title);
  }

  postTest(courseId: string, courseVersion: string): XapiActivity {
    return this.partOfCourse(courseId, courseVersion, 'post-test', 'assessment', 'post-test');
  }

  /** The course version's evaluation form. */
  evaluation(courseId: string, courseVersion: string): XapiActivity {
    return this.partOfCourse(courseId, courseVersion, 'evaluation', 'survey', 'evaluation');
  }

  /** The course version's attestation of time spent and credit claimed. */
  attestation(courseId: string, courseVersion: string): XapiActivity {
    return this.partOfCourse(courseId, courseVersion, 'attestation', 'attestation', 'attestation');
  }

  private partOfCourse(
    courseId: string,
    courseVersion: string,
    part: string,
    type: keyof typeof ACTIVITY_TYPES,
    label: string,
  ): XapiActivity {
    const course = this.installed(courseId, courseVersion);
    const title = course ? `${course.title}: ${label}` : undefined;
    const id = `${courseActivityId(courseId, courseVersion)}:${part}`;
    return this.activity(id, type, courseId, courseVersion, title);
  }

  private activity(
    id: string,
    type: keyof typeof ACTIVITY_TYPES,
    courseId: string,
    courseVersion: string,
    title: string | undefined,
  ): XapiActivity {
    const name = title === undefined ? {} : { name: { [this.language(courseId, courseVersion)]: title } };
    return { objectType: 'Activity', id, definition: { type: ACTIVITY_TYPES[type], ...name } };
  }

  private installed(courseId: string, courseVersion: string): CoursePackage | null {
    const key = this.key(courseId, courseVersion);
    if (!this.courses.has(key)) this.courses.set(key, this.findCourse(courseId, courseVersion));
    return this.courses.get(key) ?? null;
  }

  private key(courseId: string, courseVersion: string): string {
    return `${courseId}\n${courseVersion}`;
  }
}
