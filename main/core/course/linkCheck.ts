import { closestKey } from './closestKey';
import type { ProblemSink, SourcePlace } from './problemSink';
import type { ImageDecision } from './render/imagePolicy';
import type { LinkDecision, LinkRefusal } from './render/linkPolicy';
import type { MarkdownFinding } from './render/renderContext';
import type { SvgAssetCheck } from './svgAssetCheck';

/** The anchors links can point at, known once every document is read. */
export interface KnownAnchors {
  /** Heading ids per module file; null for a module that could not be read (its problem is already reported). */
  modules: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** `[key]` entries and heading ids of references.md; null when the package has none. */
  references: ReadonlySet<string> | null;
  /** Checks the SVG images the documents show. */
  svgAssets: SvgAssetCheck;
}

const refusalAdvice: Record<LinkRefusal, string> = {
  'unsafe-scheme':
    'the player never opens this kind of address; use an https: address, a module file or references.md#key',
  'plain-http': 'the player opens only https: addresses, so it is shown as plain text; use https:',
  'unknown-module':
    'no module in the course.yml modules list has this file; fix the file name or list the module',
  'not-a-page': 'the player can only link to module files, references.md#key and https: or mailto: addresses',
  'outside-package': 'it points outside the package; link only to files inside it',
  malformed:
    'the address cannot be read; write a module file name, #heading-id, references.md#key or an https: address',
};

/** Reports the links and images of one document that the player would refuse or that point nowhere. */
export function checkFindings(
  file: string,
  findings: readonly MarkdownFinding[],
  known: KnownAnchors,
  sink: ProblemSink,
): void {
  for (const finding of findings) {
    const place = { file, line: finding.line, column: finding.column };
    const target = shorten(finding.target);
    if (finding.kind === 'image') {
      checkImage(finding.decision, target, place, sink);
      if (finding.decision.kind === 'asset') {
        if (finding.alt.trim() === '') {
          sink.error(
            place,
            `Image "${target}" has no alt text; describe it in the square brackets, like ![Steps of hand rubbing](...): ` +
              'it is what a screen reader reads.',
          );
        }
        known.svgAssets.check(finding.decision.relPath, place, sink);
      }
    } else checkLink(finding.decision, target, place, known, sink);
  }
}

function checkLink(
  decision: LinkDecision,
  target: string,
  place: SourcePlace,
  known: KnownAnchors,
  sink: ProblemSink,
) {
  if (decision.kind === 'refused') {
    const report = decision.reason === 'plain-http' ? sink.warning : sink.error;
    report.call(sink, place, `Link "${target}" is not allowed: ${refusalAdvice[decision.reason]}.`);
  } else if (decision.kind === 'module') {
    const anchors = known.modules.get(decision.moduleId);
    if (decision.anchor !== null && anchors) {
      checkAnchor(decision.anchor, anchors, place, sink, `${decision.moduleId} has no heading with the id`);
    }
  } else if (decision.kind === 'references') {
    if (!known.references) {
      sink.error(
        place,
        `Link "${target}" points to references.md, but the package has none; add references.md or remove the link.`,
      );
    } else if (decision.anchor !== null) {
      checkAnchor(
        decision.anchor,
        known.references,
        place,
        sink,
        'references.md has no entry or heading with the key',
      );
    }
  }
}

function checkAnchor(
  anchor: string,
  anchors: ReadonlySet<string>,
  place: SourcePlace,
  sink: ProblemSink,
  what: string,
) {
  if (anchors.has(anchor)) return;
  const suggestion = closestKey(anchor, [...anchors]);
  const hint = suggestion
    ? ` Did you mean "#${suggestion}"?`
    : ' Heading ids are the heading text in lowercase with hyphens between words; reference keys are the [key] ' +
      'that starts a references.md list item.';
  sink.error(place, `Broken link: ${what} "${anchor}".${hint}`);
}

function checkImage(decision: ImageDecision, target: string, place: SourcePlace, sink: ProblemSink) {
  if (decision.kind === 'asset') return;
  if (decision.reason === 'missing') {
    sink.error(
      place,
      `Image "${target}" not found: there is no file at ${decision.relPath ?? target}; add it or fix the path.`,
    );
  } else if (decision.reason === 'outside-package') {
    sink.error(
      place,
      `Image "${target}" lies outside the package (after following .. and symlinks); copy it into assets/.`,
    );
  } else {
    sink.error(
      place,
      `Image "${target}" is not a file in the package; the player works offline and shows only images stored in ` +
        'the package, like ../assets/figure.png.',
    );
  }
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
