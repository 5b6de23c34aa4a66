import type { QuestionResult } from '../../../../main/contract/attemptSchemas';
import { routeHref } from '../../app/routes';

type Review = NonNullable<QuestionResult['review']>;

/** Where a question comes from, as a link to its module (and section, when the author named one). */
export function ReviewLink({
  courseId,
  review,
  missed,
}: {
  courseId: string;
  review: Review;
  missed: boolean;
}) {
  const href = routeHref({ screen: 'module', courseId, moduleId: review.moduleId, anchor: review.sectionId });
  const place = review.sectionTitle ? `${review.moduleTitle}: ${review.sectionTitle}` : review.moduleTitle;
  return (
    <p className="review-link">
      {missed ? 'Review: ' : 'From: '}
      <a href={href}>{place}</a>
    </p>
  );
}
