import { readPresentText } from './packageFiles';
import type { ProblemSink } from './problemSink';
import { fileStart } from './problemSink';
import { YamlMapReader } from './yamlMapReader';
import { parseYaml } from './yamlSource';

/**
 * Reads a YAML file of the package and opens its top mapping against the known keys. Null when the file is absent
 * or cannot be used; every problem but absence is reported.
 */
export function openYamlFile(
  rootDir: string,
  file: string,
  knownKeys: readonly string[],
  sink: ProblemSink,
): YamlMapReader | null {
  const text = readPresentText(rootDir, file, sink);
  const parsed = text ? parseYaml({ file, text: text.text, firstLine: 1 }, sink) : null;
  if (!parsed) return null;
  return YamlMapReader.open({ sink, places: parsed.places }, parsed.root, file, fileStart(file), knownKeys);
}
