import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../main/contract/channels';
import { coreWorld } from '../support/coreWorld';

/*
 * Each channel namespace (`courses` of `courses.list`) is owned by one folder of the core: the folder's
 * `<namespace>Channels.ts` exports `create<Namespace>Handlers`, which writes every handler of that namespace and
 * no other, and no other file of the core writes a handler. Read from the sources with the TypeScript parser, so
 * a handler written anywhere else is found whatever its formatting.
 */

const coreDir = path.resolve('main/core');
const namespaceOf = (name: string): string => name.slice(0, name.indexOf('.'));
const namespaces = [...new Set(channelNames.map(namespaceOf))];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every object-literal member of a core file named by a channel of the contract: the handlers it writes. */
function handlerKeys(file: string): ChannelName[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys: ChannelName[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      ts.isStringLiteral(node.name) &&
      (channelNames as readonly string[]).includes(node.name.text)
    ) {
      keys.push(node.name.text as ChannelName);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

const writers = new Map<string, ChannelName[]>(
  sourceFiles(coreDir)
    .map((file) => [path.relative(coreDir, file).split(path.sep).join('/'), handlerKeys(file)] as const)
    .filter(([, keys]) => keys.length > 0),
);

function ownerFile(namespace: string): string {
  const files = [...writers.keys()].filter((file) => path.posix.basename(file) === `${namespace}Channels.ts`);
  expect(files, `one ${namespace}Channels.ts in main/core`).toHaveLength(1);
  return files[0] as string;
}

describe('channel namespaces and core folders', () => {
  it('gives each namespace one <namespace>Channels.ts, each in a folder of its own', () => {
    const owners = namespaces.map(ownerFile);
    const folders = owners.map((file) => path.posix.dirname(file));
    expect(new Set(folders).size).toBe(namespaces.length);
  });

  it('writes every handler of a namespace in its file, and no handler anywhere else', () => {
    const expected = new Map(namespaces.map((namespace) => [ownerFile(namespace), [] as ChannelName[]]));
    for (const name of channelNames) expected.get(ownerFile(namespaceOf(name)))?.push(name);
    const written = new Map([...writers].map(([file, keys]) => [file, [...keys].sort()]));
    expect(written).toEqual(new Map([...expected].map(([file, keys]) => [file, [...keys].sort()])));
  });

  it('exports create<Namespace>Handlers from each file', async () => {
    for (const namespace of namespaces) {
      const module = (await import(path.join(coreDir, ownerFile(namespace)))) as Record<string, unknown>;
      const factory = `create${namespace.charAt(0).toUpperCase()}${namespace.slice(1)}Handlers`;
      expect(typeof module[factory], `${factory} in ${ownerFile(namespace)}`).toBe('function');
    }
  });

  it("builds the core's handler map from exactly the contract's channels", async () => {
    const { core } = await coreWorld();
    expect(Object.keys(core.handlers).sort()).toEqual([...channelNames].sort());
  });
});
