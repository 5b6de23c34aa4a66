import type { PostTest, Question } from '../course/courseTypes';
import { drawRandom, shuffled } from './randomOrder';

/**
 * The questions one post-test attempt presents. A flat `draw` takes that many from the whole bank; a blueprint
 * takes exactly each group's `draw` from that group's items (groups share no item), and the drawn items are then
 * shuffled together, so their order tells nothing of the module or objective they came from.
 */
export function drawPostTest(postTest: PostTest): Question[] {
  if (!postTest.blueprint) return drawRandom(postTest.questions, postTest.draw);
  const byId = new Map(postTest.questions.map((question) => [question.id, question]));
  const drawn = postTest.blueprint.groups.flatMap((group) =>
    drawRandom(
      group.questionIds.flatMap((id) => byId.get(id) ?? []),
      group.draw,
    ),
  );
  return shuffled(drawn);
}
