import markdownIt from 'markdown-it';
import type { MarkdownIt, Token } from 'markdown-it';
import { figureRule } from './figureRule';
import { headingIdsRule } from './headingIds';
import { imageRule } from './imageRule';
import { EXTERNAL_NOTE, linkRule } from './linkRule';
import { referenceKeysRule } from './referenceKeys';
import { tableAlignRule } from './tableAlignRule';

/** Class of the span that carries text for screen readers only; the renderer's CSS hides it visually. */
export const VISUALLY_HIDDEN_CLASS = 'visually-hidden';

let shared: MarkdownIt | null = null;

/**
 * The one markdown-it set-up for course text: CommonMark with tables, raw HTML shown as text, no linkify, and the
 * course rules, one core rule each: reference keys, heading ids, links, images, figures, table alignment. markdown-it's own
 * link check is switched off because the stricter allowlists in linkPolicy and imagePolicy decide every link and
 * image.
 */
export function courseMarkdown(): MarkdownIt {
  shared ??= createCourseMarkdown();
  return shared;
}

function createCourseMarkdown(): MarkdownIt {
  const md = markdownIt('default', { html: false, linkify: false, typographer: false });
  md.enable('table');
  md.validateLink = () => true;
  md.core.ruler.push('course_reference_keys', referenceKeysRule);
  md.core.ruler.push('course_heading_ids', headingIdsRule);
  md.core.ruler.push('course_links', linkRule);
  md.core.ruler.push('course_images', imageRule);
  md.core.ruler.push('course_figures', figureRule);
  md.core.ruler.push('course_table_align', tableAlignRule);
  md.renderer.rules.link_close = (tokens: Token[], idx, options, _env, self) => {
    const external = (tokens[idx]?.meta as { external?: boolean } | null)?.external === true;
    const note = external ? `<span class="${VISUALLY_HIDDEN_CLASS}">${EXTERNAL_NOTE}</span>` : '';
    return note + self.renderToken(tokens, idx, options);
  };
  return md;
}
