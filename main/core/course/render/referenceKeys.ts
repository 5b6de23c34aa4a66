import type { StateCore, Token } from 'markdown-it';
import { idPattern } from '../../../contract/limits';
import { renderEnvOf } from './renderContext';

const KEY_PREFIX = new RegExp(`^\\[(${idPattern.source.slice(1, -1)})\\][ \\t]+`);

/** The `[key]` a references.md list item starts with, or null. */
export function referenceKeyOf(itemText: string): string | null {
  return KEY_PREFIX.exec(itemText)?.[1] ?? null;
}

/**
 * Core rule for references.md: a list item whose text starts with `[key] ` gets `id="key"` on its <li>, and the
 * bracketed key is taken out of the shown text. Only the first item with a key gets the id; the validator reports
 * the repeat.
 */
export function referenceKeysRule(state: StateCore): void {
  const env = renderEnvOf(state.env);
  if (env?.context.kind !== 'references') return;
  const given = new Set<string>();
  state.tokens.forEach((token, index) => {
    const item = state.tokens[index - 2];
    if (token.type !== 'inline' || item?.type !== 'list_item_open') return;
    if (state.tokens[index - 1]?.type !== 'paragraph_open') return;
    const key = referenceKeyOf(token.content);
    if (key === null) return;
    env.referenceKeys.push({ key, line: (token.map?.[0] ?? 0) + env.context.firstLine });
    stripKey(token.children);
    if (!given.has(key)) item.attrSet('id', key);
    given.add(key);
  });
}

function stripKey(children: Token[] | null): void {
  const first = children?.[0];
  if (first?.type === 'text') first.content = first.content.replace(KEY_PREFIX, '');
}
