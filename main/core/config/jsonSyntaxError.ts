/** Where a JSON text first breaks the grammar, in terms an editor shows: 1-based line and column. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  /** What is wrong there, in plain words. */
  readonly problem: string;
}

const maxDepth = 256;

class JsonSyntaxFailure {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/** The 1-based line and column of a character offset; a CRLF line ending counts as one line break. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the first place where `text` is not valid JSON (RFC 8259) and says why, or returns undefined when it is
 * valid. JSON.parse's own messages differ between Node versions and often name no position, so the config file
 * warnings use this to point clinic IT at the exact line and column.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const fail = (problem: string, at = i): never => {
    throw new JsonSyntaxFailure(at, problem);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describeHere = (): string => {
    const c = text[i];
    if (c === undefined) return 'the file ends too early';
    if (c === '/') return 'comments are not allowed in JSON';
    if (c === "'") return 'text must be in double quotes ("), not single quotes';
    return `unexpected "${c}"`;
  };

  const readString = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('the file ends inside a quoted text (a closing " is missing)');
      if (c === '"') {
        i++;
        return;
      }
      if ((c as string).charCodeAt(0) < 0x20)
        fail('a quoted text contains a line break or tab; close it on one line');
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('"\\u" must be followed by four hex digits');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          fail('a backslash starts an escape JSON does not know; in a Windows path write each \\ as \\\\');
        }
        i += 2;
        continue;
      }
      i++;
    }
  };

  const readNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) return fail('not a valid number');
    const end = i + match[0].length;
    if (end < text.length && /[0-9.eE]/.test(text[end] as string)) fail('not a valid number', end);
    i = end;
  };

  const readValue = (depth: number): void => {
    if (depth > maxDepth) fail('the values are nested too deeply');
    skipSpace();
    const c = text[i];
    if (c === '{') return readObject(depth);
    if (c === '[') return readArray(depth);
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`expected a value (true, false, a number or "quoted text"), but ${describeHere()}`);
  };

  const readObject = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') {
        const trailing = text[i] === '}' ? ' (is there a comma before it that should not be there?)' : '';
        fail(`expected a setting name in double quotes, but ${describeHere()}${trailing}`);
      }
      readString();
      skipSpace();
      if (text[i] !== ':') fail(`expected ":" after the setting name, but ${describeHere()}`);
      i++;
      readValue(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" after a value, but ${describeHere()}`);
    }
  };

  const readArray = (depth: number) => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      readValue(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" after a value, but ${describeHere()}`);
    }
  };

  try {
    skipSpace();
    if (i === text.length) fail('the file is empty');
    readValue(0);
    skipSpace();
    if (i < text.length) fail(`unexpected text after the end of the settings: ${describeHere()}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxFailure)) throw error;
    return { ...lineAndColumn(text, error.offset), problem: error.problem };
  }
}
