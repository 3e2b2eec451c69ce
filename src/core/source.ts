/**
 * Reading a journey file: text → `yaml` Document, with every parser complaint
 * turned into a located diagnostic. Never throws on user input.
 */
import { parseAllDocuments, isMap, isDocument, type Document, type YAMLMap } from 'yaml';
import { diag, type Diagnostic } from './diagnostics';
import { findExcessiveNesting, type NestingProblem } from './nesting-guard';
import { LineIndex } from './line-index';
import { duplicateKeyOffsets } from './duplicate-keys';
import { excessiveNestingOfNewText, parseIncrementally, PARSE_OPTIONS, type ParseCache } from './incremental-parse';
import { lookupTable } from './own-property';

/** Journey files above this size are refused with a diagnostic (real ones are < 100 kB). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface JourneySource {
  readonly fileName: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** The parsed document, or undefined when the text could not be read as YAML at all. */
  readonly doc: Document.Parsed | undefined;
  /** The root mapping, when the document is a mapping. */
  readonly root: YAMLMap | undefined;
  readonly diagnostics: Diagnostic[];
  /**
   * True when the states came from a `ParseCache`: an unchanged state is then
   * the same node object as in the previous parse, so per-state results may be
   * memoized on it (model fragments, rule findings).
   */
  readonly reusesStates?: boolean;
}

const parserCodes: Readonly<Record<string, string>> = lookupTable({
  DUPLICATE_KEY: 'FMT-007',
  TAB_AS_INDENT: 'FMT-004',
});

export interface ParseOptions {
  /**
   * Re-use the states of the previous parse whose text did not change (the
   * editor's keystroke path). The Document then shares nodes with the cache
   * and is valid until the next parse with it.
   */
  cache?: ParseCache;
}

/** Parses journey text; pure apart from allocation (and the optional cache), never throws. */
export function parseSource(text: string, fileName = 'journey.yaml', options: ParseOptions = {}): JourneySource {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const base = { fileName, text, lines };
  const size = byteLength(text);
  if (size > MAX_SOURCE_BYTES) {
    diagnostics.push(
      diag(
        'YAML-003',
        'error',
        `File is ${(size / 1048576).toFixed(1)} MB; journey files are limited to ${MAX_SOURCE_BYTES / 1048576} MB`,
        { start: 0, end: 0 },
      ),
    );
    return { ...base, doc: undefined, root: undefined, diagnostics };
  }
  const refuseTooDeep = (tooDeep: NestingProblem) => {
    diagnostics.push(
      diag('YAML-004', 'error', `${tooDeep.message}; a journey file never nests this deep`, {
        start: tooDeep.offset,
        end: tooDeep.offset + 1,
      }),
    );
    return { ...base, doc: undefined, root: undefined, diagnostics };
  };
  // With a cache only the text the parser will read again needs the guard; a fallback to the full parse guards it all.
  const tooDeep = options.cache ? excessiveNestingOfNewText(text, options.cache) : findExcessiveNesting(text);
  if (tooDeep) return refuseTooDeep(tooDeep);
  let docs: Document.Parsed[];
  try {
    const composed = options.cache && parseIncrementally(text, options.cache);
    if (!composed && options.cache) {
      const deep = findExcessiveNesting(text);
      if (deep) return refuseTooDeep(deep);
    }
    docs = composed ? [composed] : (parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[]);
    if (!Array.isArray(docs)) docs = [];
  } catch (err) {
    const tooDeep = err instanceof RangeError;
    diagnostics.push(
      diag(
        tooDeep ? 'YAML-004' : 'YAML-001',
        'error',
        tooDeep ? 'The document is nested too deeply to read' : `The file cannot be read as YAML: ${String(err)}`,
        { start: 0, end: Math.min(text.length, 1) },
      ),
    );
    return { ...base, doc: undefined, root: undefined, diagnostics };
  }
  const doc = docs.find(isDocument);
  if (docs.length > 1) {
    const second = docs[1];
    const at = second?.range?.[0] ?? 0;
    diagnostics.push(
      diag('YAML-005', 'error', 'A journey file holds exactly one YAML document', { start: at, end: at + 3 }),
    );
  }
  if (!doc) {
    diagnostics.push(diag('YAML-002', 'error', 'The file is empty: a journey is a YAML mapping', { start: 0, end: 0 }));
    return { ...base, doc: undefined, root: undefined, diagnostics };
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [start, end] = e.pos ?? [0, 0];
    const code = parserCodes[e.code] ?? (doc.errors.includes(e as never) ? 'YAML-001' : 'YAML-006');
    const severity = doc.errors.includes(e as never) ? 'error' : 'warning';
    diagnostics.push(diag(code, severity, cleanMessage(e.message), { start, end: Math.max(end, start + 1) }));
  }
  for (const at of duplicateKeyOffsets(doc, options.cache !== undefined))
    diagnostics.push(diag('FMT-007', 'error', 'Map keys must be unique', { start: at, end: at + 1 }));
  const root = isMap(doc.contents) ? (doc.contents as YAMLMap) : undefined;
  if (!root && doc.errors.length === 0) {
    const span = { start: doc.contents?.range?.[0] ?? 0, end: doc.contents?.range?.[1] ?? 0 };
    const what = doc.contents == null ? 'empty' : describeNode(doc.contents);
    diagnostics.push(
      diag('YAML-002', 'error', `A journey is a YAML mapping with apiVersion, kind, metadata and spec; this file is ${what}`, span),
    );
  }
  return { ...base, doc, root, diagnostics, reusesStates: options.cache !== undefined };
}

function describeNode(node: unknown): string {
  const n = node as { items?: unknown; value?: unknown };
  if (Array.isArray(n.items)) return 'a list';
  if (n.value === null || n.value === undefined) return 'empty';
  return `a single value (${JSON.stringify(n.value).slice(0, 40)})`;
}

function cleanMessage(message: string): string {
  return message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim();
}

function byteLength(text: string): number {
  // Cheap upper bound first: UTF-16 length * 3 bounds the UTF-8 size.
  if (text.length * 3 <= MAX_SOURCE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
