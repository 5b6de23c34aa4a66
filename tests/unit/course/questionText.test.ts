import { describe, expect, test } from 'vitest';
import {
  questionBlockHtml,
  questionInlineHtml,
  questionPlainText,
} from '../../../main/core/course/render/questionText';

describe('question text', () => {
  test('a YAML block stem flows: single line breaks fold, a blank line starts a paragraph', () => {
    const stem =
      'A 45-year-old woman with treatment-resistant\ndepression asks about ketamine.\n\nWhich is *most* accurate?\n';
    expect(questionBlockHtml(stem)).toBe(
      '<p>A 45-year-old woman with treatment-resistant\ndepression asks about ketamine.</p>\n' +
        '<p>Which is <em>most</em> accurate?</p>\n',
    );
    expect(questionPlainText(stem)).toBe(
      'A 45-year-old woman with treatment-resistant depression asks about ketamine.\n\nWhich is most accurate?',
    );
  });

  test('emphasis, strong and code render; Unicode sub- and superscripts pass through', () => {
    expect(questionInlineHtml('Keep **SpO₂** above 94% and dose in mg/m² (`IV`)')).toBe(
      'Keep <strong>SpO₂</strong> above 94% and dose in mg/m² (<code>IV</code>)',
    );
    expect(questionPlainText('Keep **SpO₂** above 94%')).toBe('Keep SpO₂ above 94%');
  });

  test('raw HTML, links, images, headings and lists stay text', () => {
    expect(questionInlineHtml('<img src=x onerror=alert(1)> [label](javascript:alert(1)) ![i](x.png)')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; [label](javascript:alert(1)) ![i](x.png)',
    );
    expect(questionBlockHtml('# Not a heading\n- not a list\n    not code')).toBe(
      '<p># Not a heading\n- not a list\nnot code</p>\n',
    );
  });

  test('an option is inline: no paragraph around it', () => {
    expect(questionInlineHtml('  Before touching a *patient*  \n')).toBe(
      'Before touching a <em>patient</em>',
    );
  });
});
