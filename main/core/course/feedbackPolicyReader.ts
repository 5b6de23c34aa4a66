import type { FeedbackPolicy } from './courseTypes';
import type { YamlMapReader } from './yamlMapReader';

const POLICIES: readonly FeedbackPolicy[] = ['always', 'after_pass', 'after_last_attempt'];

/** The format's default policies: module quizzes teach, the post-test keeps its key until it is passed. */
export const DEFAULT_FEEDBACK = { moduleQuiz: 'always', postTest: 'after_pass' } as const;

/** Reads `feedback` (always | after_pass | after_last_attempt), with `fallback` when it is not written. */
export function readFeedbackPolicy(reader: YamlMapReader, fallback: FeedbackPolicy): FeedbackPolicy {
  const written = reader.text('feedback', false);
  if (written === null) return fallback;
  if ((POLICIES as readonly string[]).includes(written)) return written as FeedbackPolicy;
  reader.fail(
    'feedback',
    `"feedback" in ${reader.label} must be one of ${POLICIES.join(', ')}, not "${written}".`,
    true,
  );
  return fallback;
}
