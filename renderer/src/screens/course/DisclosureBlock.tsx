import type { CourseDisclosure } from '../../../../main/contract/playerSchemas';

const ROLE_WORDS: Record<CourseDisclosure['people'][number]['roles'][number], string> = {
  author: 'author',
  faculty: 'faculty',
  planner: 'planner',
  reviewer: 'reviewer',
};

/** "Author and planner": the roles of one person in words. */
function rolesText(roles: readonly (keyof typeof ROLE_WORDS)[]): string {
  const words = roles.map((role) => ROLE_WORDS[role]);
  const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The disclosures a learner reads before starting (ACCME Standard 6): each person in control of the content with
 * their roles and relevant financial relationships (the ineligible company and the nature of each) or a statement
 * that there are none, how relationships were mitigated, and commercial support.
 */
export function DisclosureBlock({ disclosure }: { disclosure: CourseDisclosure }) {
  return (
    <div className="disclosure-block">
      <h3>People in control of the content and their financial relationships</h3>
      <ul className="people-list">
        {disclosure.people.map((person, index) => (
          <li key={index}>
            <strong>
              {person.name}
              {person.credentials && `, ${person.credentials}`}
            </strong>{' '}
            ({rolesText(person.roles)})
            {person.relationships === 'none' ? (
              <p>No relevant financial relationships with ineligible companies.</p>
            ) : (
              <ul>
                {person.relationships.map((relationship, at) => (
                  <li key={at}>
                    {relationship.company}: {relationship.nature}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {disclosure.mitigation && (
        <>
          <h3>How relevant relationships were mitigated</h3>
          <p className="mitigation">{disclosure.mitigation}</p>
        </>
      )}
      {disclosure.commercialSupport !== null && (
        <>
          <h3>Commercial support</h3>
          {disclosure.commercialSupport === 'none' ? (
            <p>This activity received no commercial support.</p>
          ) : (
            <ul>
              {disclosure.commercialSupport.map((support, index) => (
                <li key={index}>
                  {support.supporter} ({support.kind})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
