import type { StateCore, Token } from 'markdown-it';
import { decideImage } from './imagePolicy';
import type { InlineBlock } from './inlineBlocks';
import { rewriteInlineBlocks } from './inlineBlocks';
import { inlineText } from './inlineText';

/**
 * Core rule: shows an image only when it is a file inside the package, served from /course-asset/; any other image
 * is replaced by its alt text. Each decision is recorded with its source place in the env. Without a render env
 * every image is replaced.
 */
export function imageRule(state: StateCore): void {
  rewriteInlineBlocks(state, IMAGES, (block) =>
    block.children.map((token) => (token.type === 'image' ? applyImage(token, block) : token)),
  );
}

// Every image is written ![ (inline and reference images alike).
const IMAGES = { tokenType: 'image', mayHold: (content: string) => content.includes('![') };

function applyImage(token: Token, block: InlineBlock): Token {
  const src = String(token.attrGet('src') ?? '');
  if (block.env) {
    const { context, findings } = block.env;
    const decision = decideImage(src, {
      courseId: context.courseId,
      rootDir: context.rootDir,
      file: context.file,
    });
    const { line, column } = block.placeOf(src);
    findings.push({ kind: 'image', target: src, line, column, decision, alt: inlineText(token.children) });
    if (decision.kind === 'asset') {
      token.attrSet('src', decision.src);
      return token;
    }
  }
  return block.textToken(inlineText(token.children));
}
