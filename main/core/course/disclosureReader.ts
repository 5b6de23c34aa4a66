import type { CommercialSupport, CoursePerson, FinancialRelationship, PersonRole } from './courseTypes';
import type { SourcePlace } from './problemSink';
import { describeValue, scalarText, YamlMapReader } from './yamlMapReader';
import { YamlList } from './yamlValues';
import type { YamlValue } from './yamlValues';

/*
 * The disclosures an accredited activity makes to learners before they engage (ACCME Standards 3, 4 and 6): who
 * planned, wrote, taught and reviewed it, each person's relevant financial relationships or a statement that there
 * are none, how relationships were mitigated, and commercial support.
 */

const PERSON_KEYS = ['name', 'credentials', 'roles', 'relationships'];
const ROLES: readonly PersonRole[] = ['author', 'faculty', 'planner', 'reviewer'];
const SUPPORT_KINDS: readonly CommercialSupport['kind'][] = ['educational grant', 'in-kind'];

/** The disclosure keys of course.yml; each null when not written. */
export interface Disclosures {
  people: CoursePerson[] | null;
  mitigation: string | null;
  commercialSupport: CommercialSupport[] | 'none' | null;
}

/** Reads `people`, `mitigation` and `commercial_support` from course.yml and checks them against each other. */
export function readDisclosures(root: YamlMapReader): Disclosures {
  if (root.has('people') && root.has('faculty')) {
    root.fail(
      'people',
      'course.yml has both "faculty" and "people"; use "people" only (it replaces "faculty" and its disclosure text).',
    );
  }
  const related: SourcePlace[] = [];
  const people = root.has('people') ? readPeople(root, related) : null;
  const mitigation = root.text('mitigation', false);
  const [firstRelated] = related;
  if (firstRelated && mitigation === null) {
    root.ctx.sink.error(
      firstRelated,
      'This person lists a financial relationship, so course.yml needs "mitigation": say how relevant ' +
        'relationships were mitigated (for example, an independent review of the content).',
    );
  }
  const commercialSupport = readCommercialSupport(root);
  if (people && commercialSupport === null && !root.has('commercial_support')) {
    root.ctx.sink.warning(
      root.keyPlace('people'),
      'course.yml lists "people" but no "commercial_support"; write "commercial_support: none" or list the ' +
        'supporters, so the disclosure shown to learners is complete.',
    );
  }
  return { people, mitigation, commercialSupport };
}

function readPeople(root: YamlMapReader, related: SourcePlace[]): CoursePerson[] | null {
  const errorsBefore = root.ctx.sink.errorCount();
  const people = root.list('people', false, (item, place) => readPerson(root, item, place, related));
  if (people !== null && people.length === 0 && root.ctx.sink.errorCount() === errorsBefore) {
    root.fail('people', '"people" in course.yml needs at least one person.');
  }
  return people;
}

function readPerson(
  root: YamlMapReader,
  item: YamlValue,
  place: SourcePlace,
  related: SourcePlace[],
): CoursePerson | null {
  const person = YamlMapReader.open(root.ctx, item, 'a person in "people"', place, PERSON_KEYS);
  if (!person) return null;
  const name = person.text('name', true);
  if (name !== null) person.rename(`person "${name}"`);
  const credentials = person.text('credentials', false);
  const roles = readRoles(person);
  const relationships = readRelationships(person);
  if (Array.isArray(relationships) && relationships.length > 0)
    related.push(person.keyPlace('relationships'));
  return name === null || roles === null || relationships === null
    ? null
    : { name, credentials, roles, relationships };
}

function readRoles(person: YamlMapReader): PersonRole[] | null {
  const errorsBefore = person.ctx.sink.errorCount();
  const roles = person.list('roles', true, (item, place) => {
    const role = scalarText(item);
    if (role !== null && (ROLES as readonly string[]).includes(role)) return role as PersonRole;
    person.ctx.sink.error(
      place,
      `Each role of ${person.label} must be one of ${ROLES.join(', ')}, not ${describeValue(item)}.`,
    );
    return null;
  });
  if (roles !== null && roles.length === 0 && person.ctx.sink.errorCount() === errorsBefore) {
    person.fail('roles', `${person.label} needs at least one role: ${ROLES.join(', ')}.`);
  }
  return roles !== null && roles.length > 0 ? [...new Set(roles)] : null;
}

/** `none`, or a list of relationships; anything else (or nothing) is an error: every person must state one. */
function readRelationships(person: YamlMapReader): FinancialRelationship[] | 'none' | null {
  const value = person.value('relationships', false);
  if (value === null) {
    person.fail(
      'relationships',
      `${person.label} must state "relationships": a list of relevant financial relationships, or "none".`,
    );
    return null;
  }
  const text = scalarText(value);
  if (text === 'none') return 'none';
  if (text !== null) {
    person.fail(
      'relationships',
      `"relationships" of ${person.label} must be "none" or a list of relationships (company and nature), ` +
        `not the text "${text.slice(0, 40)}".`,
      true,
    );
    return null;
  }
  const list = person.textRecords('relationships', true, `a relationship of ${person.label}`, [
    'company',
    'nature',
  ]);
  if (value instanceof YamlList && value.items.length === 0) {
    person.fail(
      'relationships',
      `"relationships" of ${person.label} is an empty list; write "none" instead.`,
    );
    return null;
  }
  return list;
}

function readCommercialSupport(root: YamlMapReader): CommercialSupport[] | 'none' | null {
  const value = root.has('commercial_support') ? root.value('commercial_support', false) : null;
  if (value === null) return null;
  if (scalarText(value) === 'none') return 'none';
  return root.list('commercial_support', false, (item, place) => {
    const support = YamlMapReader.open(root.ctx, item, 'a commercial supporter', place, [
      'supporter',
      'kind',
    ]);
    const supporter = support?.text('supporter', true) ?? null;
    const kind = support?.text('kind', true) ?? null;
    if (!support || supporter === null || kind === null) return null;
    if (isSupportKind(kind)) return { supporter, kind };
    support.fail(
      'kind',
      `"kind" of a commercial supporter must be one of: ${SUPPORT_KINDS.join(', ')}.`,
      true,
    );
    return null;
  });
}

function isSupportKind(kind: string): kind is CommercialSupport['kind'] {
  return (SUPPORT_KINDS as readonly string[]).includes(kind);
}
