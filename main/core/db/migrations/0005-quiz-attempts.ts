import type { Migration } from './migration';

/** Module quiz and post-test attempts: the questions each attempt presented, and the learner's answers. */
export const quizAttemptsMigration: Migration = {
  version: 5,
  name: 'quiz and post-test attempts',
  up(db) {
    db.exec(`
      -- An attempt is open until submitted; submitting fills submitted_at, score and passed in one step.
      -- pass_mark is the course's rule when the attempt started, so a later grade uses the rule it was taken under.
      CREATE TABLE attempts (
        id TEXT PRIMARY KEY NOT NULL,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        course_version TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('module', 'post-test')),
        module_id TEXT,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('open', 'submitted')),
        started_at INTEGER NOT NULL,
        submitted_at INTEGER,
        score REAL CHECK (score >= 0 AND score <= 1),
        passed INTEGER CHECK (passed IN (0, 1)),
        pass_mark REAL NOT NULL CHECK (pass_mark >= 0 AND pass_mark <= 1),
        CHECK ((kind = 'module') = (module_id IS NOT NULL)),
        CHECK (
          (status = 'open' AND submitted_at IS NULL AND score IS NULL AND passed IS NULL) OR
          (status = 'submitted' AND submitted_at IS NOT NULL AND score IS NOT NULL AND passed IS NOT NULL)
        )
      ) STRICT;

      CREATE UNIQUE INDEX attempts_number ON attempts
        (learner_id, course_id, course_version, kind, COALESCE(module_id, ''), number);

      -- At most one open attempt per quiz, so two windows starting the same quiz resume the same attempt.
      CREATE UNIQUE INDEX attempts_one_open ON attempts
        (learner_id, course_id, course_version, kind, COALESCE(module_id, '')) WHERE status = 'open';

      -- option_order: JSON list of the option ids in the order shown ([] for true-false).
      -- correct is filled when the attempt is graded.
      CREATE TABLE attempt_questions (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        question_id TEXT NOT NULL,
        option_order TEXT NOT NULL CHECK (json_valid(option_order) AND json_type(option_order) = 'array'),
        correct INTEGER CHECK (correct IN (0, 1)),
        PRIMARY KEY (attempt_id, position),
        UNIQUE (attempt_id, question_id)
      ) STRICT;

      -- answer: JSON, a list of option ids or a boolean. One row per answered question, written as the learner goes.
      CREATE TABLE attempt_answers (
        attempt_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (json_valid(answer)),
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, question_id),
        FOREIGN KEY (attempt_id, question_id) REFERENCES attempt_questions (attempt_id, question_id)
          ON DELETE CASCADE
      ) STRICT;

      -- A submitted attempt is a record of what happened: neither it nor its answers change afterwards.
      CREATE TRIGGER attempts_submitted_are_final BEFORE UPDATE ON attempts
        WHEN OLD.status = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'a submitted attempt cannot be changed'); END;

      -- No answer given after submission. (An import writes a submitted attempt's answers, all given before.)
      CREATE TRIGGER attempt_answers_insert_when_open BEFORE INSERT ON attempt_answers
        WHEN NEW.answered_at > COALESCE((SELECT submitted_at FROM attempts WHERE id = NEW.attempt_id), NEW.answered_at)
        BEGIN SELECT RAISE(ABORT, 'a submitted attempt cannot be changed'); END;

      CREATE TRIGGER attempt_answers_update_when_open BEFORE UPDATE ON attempt_answers
        WHEN (SELECT status FROM attempts WHERE id = OLD.attempt_id) = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'a submitted attempt cannot be changed'); END;
    `);
  },
};
