import { describe, expect, test } from 'vitest';
import { findUnsafeSvg } from '../../../main/core/course/svgSafety';

const open =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">';

describe('findUnsafeSvg', () => {
  test('a plain drawing passes: shapes, text, a title, gradients and uses inside the file, inline style', () => {
    const svg = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      open,
      '  <title>Blood pressure over two hours</title>',
      '  <defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient>',
      '  <path id="p" d="M0 0 L10 10"/></defs>',
      '  <rect width="10" height="10" fill="url(#g)" style="stroke: black; stroke-width: 0.5"/>',
      '  <use href="#p"/><use xlink:href="#p"/>',
      '  <style>.axis { stroke: #333; fill: url(#g) }</style>',
      '  <text x="1" y="5">SpO₂ &amp; time</text>',
      '</svg>',
    ].join('\n');
    expect(findUnsafeSvg(svg)).toBeNull();
  });

  // Each attack, and the line and column it must be refused at.
  const attacks: [string, string, number, number, RegExp][] = [
    ['a script element', `${open}\n  <script>alert(1)</script>\n</svg>`, 2, 3, /<script> element/],
    [
      'a prefixed script element',
      `${open}\n<s:script xmlns:s="http://www.w3.org/2000/svg"/></svg>`,
      2,
      1,
      /<s:script>/,
    ],
    [
      'an event attribute',
      `${open}\n  <rect width="1" onload="alert(1)"/>\n</svg>`,
      2,
      19,
      /event attribute onload/,
    ],
    [
      'an upper-case event attribute',
      `${open}<rect ONCLICK="x()"/></svg>`,
      1,
      110,
      /event attribute ONCLICK/,
    ],
    [
      'foreignObject',
      `${open}\n<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject></svg>`,
      2,
      1,
      /<foreignObject>/,
    ],
    [
      'an external image',
      `${open}\n  <image xlink:href="https://example.org/x.png"/>\n</svg>`,
      2,
      10,
      /xlink:href="https:\/\/example.org\/x.png" points outside/,
    ],
    [
      'a link out of the file',
      `${open}\n<a href="javascript:alert(1)"><text>x</text></a></svg>`,
      2,
      4,
      /href="javascript:alert\(1\)" points outside/,
    ],
    [
      'XLink under another prefix',
      `${open}\n<a xmlns:q="http://www.w3.org/1999/xlink" q:href="data:text/html,x"/></svg>`,
      2,
      43,
      /q:href="data:text\/html,x" points outside/,
    ],
    [
      'a relative file',
      `${open}\n<use href="other.svg#p"/></svg>`,
      2,
      6,
      /href="other.svg#p" points outside/,
    ],
    [
      'a style element importing CSS',
      `${open}\n<style>\n@import url(https://example.org/x.css);\n</style></svg>`,
      3,
      1,
      /<style> loads something outside/,
    ],
    [
      'a style attribute with an external url()',
      `${open}\n<rect style="fill: url(https://example.org/f)"/></svg>`,
      2,
      7,
      /style loads something outside/,
    ],
    [
      'a presentation attribute with an external url()',
      `${open}\n<rect fill="url('x.svg#g')"/></svg>`,
      2,
      7,
      /fill loads something outside/,
    ],
    [
      'an animation that rewrites an href',
      `${open}\n<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a></svg>`,
      2,
      14,
      /<set> changes "href"/,
    ],
    ['a DOCTYPE with an entity', `<!DOCTYPE svg [<!ENTITY x "y">]>\n${open}</svg>`, 1, 1, /DOCTYPE/],
    [
      'a stylesheet instruction',
      `<?xml-stylesheet href="https://example.org/x.css"?>\n${open}</svg>`,
      1,
      1,
      /processing instruction <\?xml-stylesheet/,
    ],
    ['malformed XML', `${open}\n<rect width="1">\n</svg>`, 3, 7, /not well-formed XML/],
  ];

  test.each(attacks)('refuses %s, at its line and column', (_name, svg, line, column, reason) => {
    const problem = findUnsafeSvg(svg);
    expect(problem?.reason).toMatch(reason);
    expect(problem).toMatchObject({ line, column });
  });
});
