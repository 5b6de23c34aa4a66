import type Database from 'better-sqlite3';
import { openSqlite, type SqliteOpener } from '../db/sqliteDatabase';
import type { SearchResult } from '../../contract/playerSchemas';
import type { CoursePackage } from '../course/courseTypes';
import { moduleSections } from './moduleSections';

const maxResults = 30;
const open = '\u0001';
const close = '\u0002';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Turns what the learner typed into an FTS5 query that cannot be a syntax error: every word becomes a quoted
 * prefix term, all required. Operators and punctuation the learner typed are treated as plain separators.
 */
export function ftsQueryFor(typed: string): string | null {
  const words = typed.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/**
 * Full-text search over courses' reading text with SQLite FTS5. Course text is not learner data, so each course
 * version gets an in-memory index, built on its first search and kept while the app runs.
 */
export class CourseSearch {
  private readonly indexes = new Map<string, Database.Database>();

  /** `open` makes the in-memory indexes; default the package's own build of better-sqlite3. */
  constructor(private readonly open: SqliteOpener = openSqlite) {}

  /** Matches in one course, best first, with the matched words marked in an HTML-escaped snippet. */
  search(course: CoursePackage, typed: string): SearchResult[] {
    const query = ftsQueryFor(typed);
    if (query === null) return [];
    const rows = this.indexFor(course)
      .prepare(
        `SELECT module_id, module_title, anchor,
                snippet(sections, 3, '${open}', '${close}', '…', 16) AS snippet
         FROM sections WHERE sections MATCH ? ORDER BY bm25(sections) LIMIT ${maxResults}`,
      )
      .all(query) as { module_id: string; module_title: string; anchor: string | null; snippet: string }[];
    return rows.map((row) => ({
      moduleId: row.module_id,
      moduleTitle: row.module_title,
      anchor: row.anchor,
      snippetHtml: escapeHtml(row.snippet).replaceAll(open, '<mark>').replaceAll(close, '</mark>'),
    }));
  }

  /** Frees every index (at shutdown). */
  close(): void {
    for (const db of this.indexes.values()) db.close();
    this.indexes.clear();
  }

  private indexFor(course: CoursePackage): Database.Database {
    const key = `${course.id}@${course.version}`;
    const existing = this.indexes.get(key);
    if (existing) return existing;
    const db = this.open(':memory:');
    db.exec(
      `CREATE VIRTUAL TABLE sections USING fts5(
         module_id UNINDEXED, module_title UNINDEXED, anchor UNINDEXED, text,
         tokenize = 'unicode61 remove_diacritics 2')`,
    );
    const insert = db.prepare(
      'INSERT INTO sections (module_id, module_title, anchor, text) VALUES (?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (const section of moduleSections(course)) {
        insert.run(section.moduleId, section.moduleTitle, section.anchor, section.text);
      }
    })();
    this.indexes.set(key, db);
    return db;
  }
}
