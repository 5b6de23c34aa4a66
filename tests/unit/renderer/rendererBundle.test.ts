import path from 'node:path';
import type { Rollup } from 'vite';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/*
 * The renderer knows the contract only through types and the zod-free limits (main/contract/limits.ts): a value
 * import of a schema module would pull zod's runtime (about 90 KB) into every window. This builds the renderer as
 * `npm run build` does, without writing it, and lists what went in.
 */

const root = path.resolve(__dirname, '..', '..', '..');

async function bundledModules(): Promise<string[]> {
  const output = (await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return [output]
    .flat()
    .flatMap((bundle) => bundle.output)
    .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    .map((id) => path.relative(root, id).split(path.sep).join('/'));
}

describe('the renderer bundle', () => {
  it('holds no part of zod, and none of the core', async () => {
    const modules = await bundledModules();
    expect(modules.some((id) => id.startsWith('renderer/src/'))).toBe(true);
    expect(modules.filter((id) => id.includes('node_modules/zod/'))).toEqual([]);
    expect(modules.filter((id) => id.startsWith('main/') && !id.startsWith('main/contract/'))).toEqual([]);
  });
});
