import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Where a JSON text first breaks the grammar, in terms an editor shows: 1-based line and column. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  /** What is wrong there, in plain words. */
  readonly problem: string;
}

/** The 1-based line and column of a character offset; a CRLF line ending counts as one line break. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function describeAt(text: string, offset: number): string {
  const c = text[offset];
  if (c === undefined) return 'the file ends too early';
  if (c === '/') return 'comments are not allowed in JSON';
  if (c === "'") return 'text must be in double quotes ("), not single quotes';
  return `unexpected "${c}"`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// jsonc-parser names the token; these say what IT most likely did and where exactly, for each kind of error.
function explain(text: string, error: ParseError): { offset: number; problem: string } {
  const { offset, length } = error;
  const token = text.slice(offset, offset + length);
  switch (printParseErrorCode(error.error)) {
    case 'InvalidCommentToken':
      return { offset, problem: 'comments are not allowed in JSON' };
    case 'InvalidEscapeCharacter': {
      const bad = /\\(?!["\\/bfnrtu])/.exec(token);
      return {
        offset: offset + (bad?.index ?? 0),
        problem: 'a backslash starts an escape JSON does not know; in a Windows path write each \\ as \\\\',
      };
    }
    case 'InvalidUnicode':
      return { offset, problem: '"\\u" must be followed by four hex digits' };
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter': {
      // The scanner stops a string at a line break (which ends the token) or a tab (inside it).
      const control = /\p{Cc}/u.exec(text.slice(offset + 1, offset + length + 1));
      return control
        ? {
            offset: offset + 1 + control.index,
            problem: 'a quoted text contains a line break or tab; close it on one line',
          }
        : { offset: offset + length, problem: 'the file ends inside a quoted text (a closing " is missing)' };
    }
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset, problem: 'not a valid number' };
    case 'PropertyNameExpected': {
      const trailing = text[offset] === '}' ? ' (is there a comma before it that should not be there?)' : '';
      return {
        offset,
        problem: `expected a setting name in double quotes, but ${describeAt(text, offset)}${trailing}`,
      };
    }
    case 'ColonExpected':
      return { offset, problem: `expected ":" after the setting name, but ${describeAt(text, offset)}` };
    case 'CommaExpected':
      return /\d/.test(text[offset - 1] ?? '') && /\d/.test(text[offset] ?? '')
        ? { offset, problem: 'not a valid number (a number cannot start with 0)' }
        : { offset, problem: 'a "," is missing: expected "," or a closing bracket after a value' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { offset, problem: `expected "," or a closing bracket, but ${describeAt(text, offset)}` };
    case 'EndOfFileExpected':
      return {
        offset,
        problem: `unexpected text after the end of the settings: ${describeAt(text, offset)}`,
      };
    case 'ValueExpected':
      return text.trim() === ''
        ? { offset, problem: 'the file is empty' }
        : {
            offset,
            problem: `expected a value (true, false, a number or "quoted text"), but ${describeAt(text, offset)}`,
          };
    default:
      // InvalidSymbol: a word or character JSON does not know, after the settings or where a name or value
      // should be.
      if (isJson(text.slice(0, offset))) {
        return {
          offset,
          problem: `unexpected text after the end of the settings: ${describeAt(text, offset)}`,
        };
      }
      return /^[A-Za-z_]/.test(token) &&
        text
          .slice(offset + length)
          .trimStart()
          .startsWith(':')
        ? { offset, problem: `expected a setting name in double quotes, but found ${token}` }
        : {
            offset,
            problem: /^[A-Za-z]/.test(token)
              ? `expected a value (true, false, a number or "quoted text"), but found ${token}`
              : describeAt(text, offset),
          };
  }
}

/**
 * Finds the first place where `text` is not valid JSON (RFC 8259, no comments, no trailing commas) and says why,
 * or returns undefined when it is valid. JSON.parse's own messages differ between Node versions and often name no
 * position; jsonc-parser reports each error with its offset, and this turns the first into a line, a column and
 * plain words for clinic IT.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses once per nesting level; JSON.parse does not, and is what decides validity.
    return { line: 1, column: 1, problem: 'the values are nested too deeply' };
  }
  const [first] = errors;
  if (!first) return undefined;
  const { offset, problem } = explain(text, first);
  return { ...lineAndColumn(text, offset), problem };
}
