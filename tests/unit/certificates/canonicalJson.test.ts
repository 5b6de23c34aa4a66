import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeJson } from '../../../main/core/certificates/canonicalJson';
import { CoreError } from '../../../main/core/coreError';

/** The double whose IEEE 754 bits are `hex` (RFC 8785 Appendix B lists its number examples this way). */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalizeJson (RFC 8785)', () => {
  it('serialises the RFC 8785 section 3.2.2 example: whitespace, literals, numbers and string escapes', () => {
    // Parsed from the RFC's own input text, so the number literals go through JSON parsing as they would there.
    const input = JSON.parse(
      '{\n  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n' +
        '  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n' +
        '  "literals": [null, true, false]\n}',
    ) as unknown;
    expect(canonicalizeJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units, as in the RFC 8785 section 3.2.3 example', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // The emoji (surrogates D83D DE00) sorts before U+FB33 by code units, though its code point is larger.
    expect(canonicalizeJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes the RFC 8785 Appendix B numbers exactly', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of cases) expect(canonicalizeJson(fromBits(bits)), bits).toBe(text);
  });

  it('refuses what JSON cannot hold: NaN, Infinity, lone surrogates, undefined, non-plain objects', () => {
    for (const bad of [
      fromBits('7fffffffffffffff'),
      fromBits('7ff0000000000000'),
      -Infinity,
      '\ud800',
      { ['\udc00']: 1 },
      { a: undefined },
      [() => 1],
      new Date(0),
      10n,
    ]) {
      expect(() => canonicalizeJson(bad)).toThrow(CoreError);
    }
  });

  it('escapes control characters in lowercase \\u form and leaves other text as it is', () => {
    expect(canonicalizeJson('\u0000\u001f\b\t\n\f\r"\\/é\u2028')).toBe(
      '"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/é\u2028"',
    );
  });

  it('agrees with JSON.parse: canonical text parses back to an equal value and is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalizeJson(value);
        const reparsed = JSON.parse(canonical) as unknown;
        expect(canonicalizeJson(reparsed)).toBe(canonical);
        expect(reparsed).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on member insertion order', () => {
    expect(canonicalizeJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalizeJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalizeJson({ b: 1, a: [true, false] })).toBe('{"a":[true,false],"b":1}');
  });
});
