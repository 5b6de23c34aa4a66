import type { CompletionRules, Credit, CreditDesignation, FacultyMember, Provider } from './courseTypes';
import type { SourcePlace } from './problemSink';
import { YamlMapReader } from './yamlMapReader';

/** The format's completion defaults. */
export const COMPLETION_DEFAULTS = {
  modulePass: 0.8,
  postTestPass: 0.75,
  requireAttestation: true,
  minTimeFraction: 0.5,
} as const;

/** Which optional files the package has; some course.yml keys depend on them. */
export interface PresentFiles {
  postTest: boolean;
  evaluation: boolean;
}

/** `provider`: who offers the course. */
export function readProvider(root: YamlMapReader): Provider | null {
  const provider = root.map('provider', true, ['name', 'address', 'contact']);
  if (!provider) return null;
  const name = provider.text('name', true);
  const address = provider.text('address', false);
  const contact = provider.text('contact', false);
  return name === null ? null : { name, address, contact };
}

/** `faculty`: optional list of authors with credentials and disclosures. */
export function readFaculty(root: YamlMapReader): FacultyMember[] {
  const faculty = root.list('faculty', false, (item, place) => {
    const member = YamlMapReader.open(root.ctx, item, 'a faculty entry', place, [
      'name',
      'credentials',
      'disclosure',
    ]);
    if (!member) return null;
    const name = member.text('name', true);
    const credentials = member.text('credentials', false);
    const disclosure = member.text('disclosure', false);
    return name === null ? null : { name, credentials, disclosure };
  });
  return faculty ?? [];
}

/** `credit`: designated hours (in steps of 0.25) and optional designation statements. */
export function readCredit(root: YamlMapReader): { credit: Credit | null; hoursPlace: SourcePlace } {
  const credit = root.map('credit', true, ['hours', 'designations']);
  if (!credit) return { credit: null, hoursPlace: root.keyPlace('credit') };
  const hoursPlace = credit.valuePlace('hours');
  const hours = credit.number('hours', true);
  const designations = readDesignations(credit);
  if (hours === null) return { credit: null, hoursPlace };
  if (hours <= 0 || !Number.isInteger(hours * 4)) {
    credit.fail(
      'hours',
      `"hours" in credit must be more than 0 and in steps of 0.25 (like 4.75 or 5.0), not ${hours}.`,
      true,
    );
    return { credit: null, hoursPlace };
  }
  return { credit: { hours, designations }, hoursPlace };
}

function readDesignations(credit: YamlMapReader): CreditDesignation[] {
  return credit.textRecords('designations', false, 'a credit designation', ['type', 'statement']) ?? [];
}

/** `completion`: pass marks and rules, with the format's defaults for what is not written. */
export function readCompletion(root: YamlMapReader, present: PresentFiles): CompletionRules {
  const keys = [
    'module_pass',
    'post_test_pass',
    'require_evaluation',
    'require_attestation',
    'min_time_fraction',
  ];
  const completion = root.has('completion') ? root.map('completion', false, keys) : null;
  const share = (key: string, fallback: number) =>
    (completion ? readShare(completion, key) : null) ?? fallback;
  if (completion?.has('post_test_pass') && !present.postTest) {
    completion.fail(
      'post_test_pass',
      'post_test_pass is set, but the package has no post-test.yml; add post-test.yml or remove post_test_pass.',
    );
  }
  const requireEvaluation = completion?.boolean('require_evaluation', false) ?? present.evaluation;
  if (requireEvaluation && !present.evaluation && completion) {
    completion.fail(
      'require_evaluation',
      'require_evaluation is true, but the package has no evaluation.yml; add evaluation.yml or set it to false.',
      true,
    );
  }
  return {
    modulePass: share('module_pass', COMPLETION_DEFAULTS.modulePass),
    postTestPass: share('post_test_pass', COMPLETION_DEFAULTS.postTestPass),
    requireEvaluation: requireEvaluation && present.evaluation,
    requireAttestation:
      completion?.boolean('require_attestation', false) ?? COMPLETION_DEFAULTS.requireAttestation,
    minTimeFraction: share('min_time_fraction', COMPLETION_DEFAULTS.minTimeFraction),
  };
}

/** A share between 0 and 1, like a pass mark. */
function readShare(reader: YamlMapReader, key: string): number | null {
  const value = reader.number(key, false);
  if (value === null || (value >= 0 && value <= 1)) return value;
  reader.fail(key, `"${key}" must be between 0 and 1 (a share: 0.8 means 80%), not ${value}.`, true);
  return null;
}
