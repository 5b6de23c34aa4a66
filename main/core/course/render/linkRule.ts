import type { StateCore, Token } from 'markdown-it';
import type { InlineBlock } from './inlineBlocks';
import { rewriteInlineBlocks } from './inlineBlocks';
import { decideLink } from './linkPolicy';
import type { LinkDecision } from './linkPolicy';
import type { LinkTargets } from './renderContext';

/** Shown to screen readers inside every external link. */
export const EXTERNAL_NOTE = ' (opens outside the app)';

/**
 * Core rule: applies the link policy to every link, records each decision with its source place in the env and
 * rewrites the link. A refused link loses its <a> and stays as its text. Without a render env every link is refused.
 */
export function linkRule(state: StateCore): void {
  rewriteInlineBlocks(state, LINKS, rewriteLinks);
}

// A link is written with [ (inline, reference and shortcut links) or < (an autolink); linkify is off.
const LINKS = {
  tokenType: 'link_open',
  mayHold: (content: string) => content.includes('[') || content.includes('<'),
};

function rewriteLinks(block: InlineBlock): Token[] {
  const kept: Token[] = [];
  let open: LinkDecision | null = null;
  const children = block.children;
  for (let index = 0; index < children.length; index++) {
    const token = children[index] as Token;
    if (token.type === 'link_open') {
      open = applyLink(token, block);
      if (open.kind !== 'refused') kept.push(token);
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
  if (decision.kind !== 'refused') pointLink(token, decision, context.targets);
  return decision;
}

/** The href of an in-app link (a module or the references) at the given targets; null for any other decision. */
export function inAppHref(decision: LinkDecision, targets: LinkTargets): string | null {
  if (decision.kind === 'module') return targets.moduleHref(decision.moduleId, decision.anchor ?? undefined);
  if (decision.kind === 'references') return targets.referencesHref(decision.anchor ?? undefined);
  return null;
}

/** Sets the attributes of a kept link: in-app targets for modules and references, opening outside for the web. */
function pointLink(token: Token, decision: LinkDecision, targets: LinkTargets): void {
  const inApp = inAppHref(decision, targets);
  if (inApp !== null) {
    token.attrSet('href', inApp);
  } else if (decision.kind === 'external') {
    token.attrSet('href', decision.href);
    token.attrSet('class', 'external');
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
}
