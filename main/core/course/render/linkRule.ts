import type { StateCore, Token } from 'markdown-it';
import type { InlineBlock } from './inlineBlocks';
import { rewriteInlineBlocks } from './inlineBlocks';
import { decideLink } from './linkPolicy';
import type { LinkDecision } from './linkPolicy';
import type { LinkTargets } from './renderContext';

/** Shown to screen readers inside every external link. */
export const EXTERNAL_NOTE = ' (opens outside the app)';

/**
 * What a kept link_open token carries: its href as markdown-it parsed it, before this rule pointed it at a target,
 * so that a kept parse can be pointed at other targets. (A type, so it fits the token's `meta`.)
 */
export type KeptLinkMeta = { parsedHref: string };

// The inline blocks in which this rule kept a link, so that re-pointing a kept parse need not look into every block.
const blocksWithKeptLinks = new WeakSet<Token>();

/**
 * Core rule: applies the link policy to every link, records each decision with its source place in the env and
 * rewrites the link. A refused link loses its <a> and stays as its text. Without a render env every link is refused.
 */
export function linkRule(state: StateCore): void {
  rewriteInlineBlocks(state, 'link_open', rewriteLinks);
}

function rewriteLinks(block: InlineBlock): Token[] {
  const kept: Token[] = [];
  let open: LinkDecision | null = null;
  for (const token of block.children) {
    if (token.type === 'link_open') {
      open = applyLink(token, block);
      if (open.kind !== 'refused') {
        kept.push(token);
        blocksWithKeptLinks.add(block.token);
      }
    } else if (token.type === 'link_close') {
      if (open?.kind === 'external') token.meta = { external: true };
      if (open?.kind !== 'refused') kept.push(token);
      open = null;
    } else {
      kept.push(token);
    }
  }
  return kept;
}

function applyLink(token: Token, block: InlineBlock): LinkDecision {
  const href = String(token.attrGet('href') ?? '');
  if (!block.env) return { kind: 'refused', reason: 'malformed' };
  const { context, findings } = block.env;
  const decision = decideLink(href, {
    file: context.file,
    currentModuleId: context.currentModuleId,
    isReferences: context.kind === 'references',
    moduleIdsByFile: context.moduleIdsByFile,
  });
  const { line, column } = block.placeOf(href);
  findings.push({ kind: 'link', target: href, line, column, decision });
  if (decision.kind !== 'refused') {
    const meta: KeptLinkMeta = { parsedHref: href };
    token.meta = meta;
    pointLink(token, decision, context.targets);
  }
  return decision;
}

/** Whether the link rule kept a link in this inline block: then some child has a parsed href (parsedHrefOf). */
export function holdsKeptLink(block: Token): boolean {
  return blocksWithKeptLinks.has(block);
}

/** The parsed href of a link_open token the link rule kept, or null for any other token. */
export function parsedHrefOf(token: Token): string | null {
  if (token.type !== 'link_open') return null;
  return (token.meta as Partial<KeptLinkMeta> | null)?.parsedHref ?? null;
}

/** Sets the attributes of a kept link: in-app targets for modules and references, opening outside for the web. */
export function pointLink(token: Token, decision: LinkDecision, targets: LinkTargets): void {
  if (decision.kind === 'module') {
    token.attrSet('href', targets.moduleHref(decision.moduleId, decision.anchor ?? undefined));
  } else if (decision.kind === 'references') {
    token.attrSet('href', targets.referencesHref(decision.anchor ?? undefined));
  } else if (decision.kind === 'external') {
    token.attrSet('href', decision.href);
    token.attrSet('class', 'external');
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
}
