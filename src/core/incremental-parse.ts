/**
 * Incremental reading of a journey for the editor: the `yaml` parser reads
 * about 1 MB/s, so re-parsing a 2,000-state file on every keystroke costs
 * hundreds of milliseconds. Each top-level state is parsed on its own and
 * cached by its text; an edit re-parses the changed state and the small rest
 * of the file, and the cached states are cloned into place at their new
 * offsets. The result is the same `Document` a full parse gives (asserted by
 * test/core/incremental-parse.test.ts); whenever anything is unusual — a parse
 * error or warning, anchors, several documents — it returns undefined and the
 * caller parses the whole text, so every message stays the full parser's.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { findExcessiveNesting, type NestingProblem } from './nesting-guard';
import { findStatesLayout } from './states-layout';
import { child, childAt, pairOf } from './yaml-nodes';

/** The options the full parse uses, minus `uniqueKeys` (checked linearly after composing). */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true } as const;

type Range = [number, number, number];
interface RangedNode {
  range?: Range | null;
}

/**
 * Parsed states by their exact text, kept for the current and the previous
 * version (undo flips between two). The cached nodes are moved into each new
 * Document in place, so only the newest Document of a cache is valid: give a
 * cache to one consumer that drops the old Document when it reads the next.
 */
export class ParseCache {
  private readonly entries = new Map<string, CacheEntry>();
  private generation = 0;

  /** The state's parse placed at `offset`, or null when its text cannot stand alone. */
  place(text: string, offset: number): Pair | null {
    let entry = this.entries.get(text);
    if (!entry) {
      entry = { pair: parseStateChunk(text), at: 0, generation: -1 };
      this.entries.set(text, entry);
    }
    if (!entry.pair) return null;
    if (entry.generation === this.generation) return placed(entry.pair, offset - entry.at); // same text twice: a copy
    entry.generation = this.generation;
    if (offset !== entry.at) shift(entry.pair, offset - entry.at);
    entry.at = offset;
    return entry.pair;
  }

  has(text: string): boolean {
    return this.entries.has(text);
  }

  /** Records a state parsed as part of a whole file (its nodes now belong to the cache). */
  seed(text: string, pair: Pair, offset: number): void {
    this.entries.set(text, { pair, at: offset, generation: this.generation });
  }

  /** Forgets states used by neither this parse nor the one before. */
  endParse(): void {
    for (const [text, entry] of this.entries) if (entry.generation < this.generation - 1) this.entries.delete(text);
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface CacheEntry {
  /** Null when the text does not parse as one state on its own. */
  pair: Pair | null;
  /** The offset the nodes' ranges currently point at. */
  at: number;
  /** The last parse that used it. */
  generation: number;
}

function shift(pair: Pair, delta: number): void {
  visit(pair as never, (_key, n) => {
    if (!n || isPair(n)) return undefined; // a key without a value visits as null
    const r = (n as RangedNode).range;
    if (r) {
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    return undefined;
  });
}

function parseStateChunk(text: string): Pair | null {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length || doc.warnings.length) return null;
  const map = doc.contents;
  if (!isMap(map) || map.items.length !== 1) return null;
  const pair = map.items[0];
  if (!isScalar(pair.key) || pair.key.type !== Scalar.PLAIN || typeof pair.key.value !== 'string') return null;
  if (hasAnchors(pair)) return null; // an alias could point across states: the full parse resolves those
  return pair;
}

function hasAnchors(node: Pair): boolean {
  let found = false;
  visit(node as never, (_key, n) => {
    if (isAlias(n) || (n as { anchor?: string } | null)?.anchor) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** A deep copy with every range moved by `delta` (yaml's own `clone` makes slow dictionary objects). */
function placed(pair: Pair, delta: number): Pair {
  return new Pair(copyNode(pair.key, delta), copyNode(pair.value, delta));
}

function copyNode<T>(node: T, delta: number): T {
  if (!node || typeof node !== 'object') return node;
  let copy: Scalar | YAMLMap | YAMLSeq;
  if (isScalar(node)) copy = new Scalar(node.value);
  else if (isMap(node)) copy = new YAMLMap(node.schema);
  else if (isSeq(node)) copy = new YAMLSeq(node.schema);
  else return node; // aliases never reach here: states with anchors are not cached
  for (const key in node) (copy as unknown as Record<string, unknown>)[key] = (node as Record<string, unknown>)[key];
  const r = (node as RangedNode).range;
  if (r) (copy as RangedNode).range = [r[0] + delta, r[1] + delta, r[2] + delta];
  if (isMap(node)) (copy as YAMLMap).items = node.items.map((p) => new Pair(copyNode(p.key, delta), copyNode(p.value, delta)));
  else if (isSeq(node)) (copy as YAMLSeq).items = node.items.map((item) => copyNode(item, delta));
  return copy as T;
}

/** The file without its states block, and the distance to move every offset after the block. */
function skeletonOf(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(end);
}

function shiftAfter(doc: Document.Parsed, at: number, delta: number): void {
  const move = (n: RangedNode | null) => {
    const r = n?.range;
    if (r) n!.range = [r[0] >= at ? r[0] + delta : r[0], r[1] >= at ? r[1] + delta : r[1], r[2] >= at ? r[2] + delta : r[2]];
  };
  visit(doc, (_key, n) => {
    if (!isPair(n)) move(n as RangedNode);
    return undefined;
  });
  move(doc as RangedNode);
}

/**
 * The nesting guard over the text an incremental parse reads again: the file
 * around the states and the states not in the cache (cached ones were read
 * before). When any of it fails, the whole text is guarded for the exact place.
 */
export function excessiveNestingOfNewText(text: string, cache: ParseCache): NestingProblem | undefined {
  const layout = findStatesLayout(text);
  if (!layout) return findExcessiveNesting(text);
  const { regionStart, regionEnd, chunkStarts } = layout;
  const pieces = [skeletonOf(text, regionStart, regionEnd)];
  chunkStarts.forEach((start, i) => {
    const chunk = text.slice(start, i + 1 < chunkStarts.length ? chunkStarts[i + 1] : regionEnd);
    if (!cache.has(chunk)) pieces.push(chunk);
  });
  return pieces.some((piece) => findExcessiveNesting(piece)) ? findExcessiveNesting(text) : undefined;
}

/**
 * The composed `Document`, or undefined when the text needs a full parse.
 * It shares nodes with the cache: it is valid until the next parse with the same cache.
 */
export function parseIncrementally(
  text: string,
  cache: ParseCache,
  options: { wholeWhenCold?: boolean } = {},
): Document.Parsed | undefined {
  try {
    return compose(text, cache, options.wholeWhenCold ?? true);
  } finally {
    cache.endParse();
  }
}

function compose(text: string, cache: ParseCache, wholeWhenCold: boolean): Document.Parsed | undefined {
  const layout = findStatesLayout(text);
  if (!layout) return undefined;
  const { regionStart, regionEnd, chunkStarts } = layout;
  const chunks = chunkStarts.map((start, i) => ({
    start,
    text: text.slice(start, i + 1 < chunkStarts.length ? chunkStarts[i + 1] : regionEnd),
  }));
  // Mostly new text (a file just opened): one whole parse is faster than a parse per state.
  if (wholeWhenCold && chunks.filter((c) => !cache.has(c.text)).length * 2 > chunks.length)
    return parseWhole(text, chunks, cache);
  const states: Pair[] = [];
  for (const chunk of chunks) {
    const state = cache.place(chunk.text, chunk.start);
    if (!state) return undefined;
    states.push(state);
  }
  const doc = parseDocument(skeletonOf(text, regionStart, regionEnd), PARSE_OPTIONS) as Document.Parsed;
  if (doc.errors.length || doc.warnings.length || !isMap(doc.contents)) return undefined;
  shiftAfter(doc, regionStart, regionEnd - regionStart);
  const spec = child(doc.contents, 'spec');
  if (!isMap(spec)) return undefined;
  const statesPair = pairOf(spec, 'states');
  if (!statesPair || !(isScalar(statesPair.value) && statesPair.value.value === null)) return undefined;
  const map = new YAMLMap(doc.schema);
  map.items = states;
  const first = (states[0].key as RangedNode).range as Range;
  const last = (states[states.length - 1].value as RangedNode | null)?.range ?? (states[states.length - 1].key as RangedNode).range!;
  (map as RangedNode).range = [first[0], last[2], last[2]];
  statesPair.value = map as unknown as typeof statesPair.value;
  widenAncestors(doc, map.range as Range);
  return doc;
}

/** A full parse whose states seed the cache (when they are exactly the chunks the next parse will look up). */
function parseWhole(text: string, chunks: ReadonlyArray<{ start: number; text: string }>, cache: ParseCache): Document.Parsed {
  const doc = parseDocument(text, PARSE_OPTIONS) as Document.Parsed;
  if (doc.errors.length || doc.warnings.length || !isMap(doc.contents)) return doc;
  const states = childAt(doc.contents, 'spec.states');
  if (!isMap(states) || states.items.length !== chunks.length) return doc;
  const fits = states.items.every((pair, i) => {
    const key = pair.key;
    const at = isScalar(key) ? key.range?.[0] ?? -1 : -1;
    const end = chunks[i].start + chunks[i].text.length;
    return isScalar(key) && key.type === Scalar.PLAIN && at >= chunks[i].start && at < end && !hasAnchors(pair as Pair);
  });
  if (fits) states.items.forEach((pair, i) => cache.seed(chunks[i].text, pair as Pair, chunks[i].start));
  return doc;
}

/** The blanked block shortened the ranges of the maps around it; give them back their real ends. */
function widenAncestors(doc: Document.Parsed, inner: Range): void {
  const grow = (node: RangedNode | null | undefined) => {
    const r = node?.range;
    if (!r) return;
    node.range = [r[0], Math.max(r[1], inner[2]), Math.max(r[2], inner[2])];
  };
  const root = doc.contents as YAMLMap;
  const spec = child(root, 'spec') as YAMLMap;
  grow(spec as RangedNode);
  grow(root as RangedNode);
  grow(doc as RangedNode);
}
