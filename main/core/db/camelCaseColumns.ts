/**
 * A SELECT list that reads each snake_case column under its camelCase name (`course_id AS courseId`), so a row
 * comes back in the shape of the record it stores, with no mapper written field by field. Only the columns named
 * are read: the learner_id of a per-learner table stays out of what leaves it. A column given with its own alias
 * (`body AS text`) is kept as written.
 */
export function camelCaseColumns(...columns: readonly string[]): string {
  return columns
    .map((column) => {
      if (/\sAS\s/i.test(column)) return column;
      const name = column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
      return name === column ? column : `${column} AS ${name}`;
    })
    .join(', ');
}
