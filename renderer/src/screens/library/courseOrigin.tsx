import type { CourseSummary } from '../../../../main/contract/channels';
import { formatDateTime } from '../../ui/displayFormats';
import type { Fact } from '../../ui/FactList';

/** Where a course came from, in words: shipped with the app, installed by clinic IT, or imported by whom and when. */
function sourceText(course: CourseSummary): string {
  switch (course.source) {
    case 'bundled':
      return 'Came with CE Player';
    case 'preloaded':
      return 'Installed by clinic IT';
    case 'imported': {
      const by = course.importedBy ? ` by ${course.importedBy}` : '';
      const when = course.importedAt === null ? '' : ` on ${formatDateTime(course.importedAt)}`;
      return `Imported${by}${when}`;
    }
  }
}

/** The facts a learner needs to judge a course's origin: where it came from, and whose signature it carries. */
export function courseOriginFacts(course: CourseSummary): Fact[] {
  return [
    ['Source', sourceText(course)],
    [
      'Provider signature',
      course.signedBy ? (
        <>
          Valid, by key <code className="provider-key">{course.signedBy}</code>
        </>
      ) : (
        'None'
      ),
    ],
  ];
}
