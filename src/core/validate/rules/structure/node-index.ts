/**
 * One walk over the YAML node tree per analysed source, shared by the file-surface
 * and reference rules (anchors, aliases, implicit types, flow style, multi-line
 * ranges, watched keys). Cached per source object so a 2,000-state journey is
 * traversed once, not once per rule.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Alias,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { JourneySource } from '../../../source';
import { joinPath } from '../../../yaml-nodes';
import { implicitCoercion } from './implicit-coercion';

/** Keys some structure rule looks for anywhere in the spec. */
const WATCHED = new Set([
  'exprRef',
  'cacheRef',
  'mapperRef',
  'normaliser',
  'normaliserRef',
  'normalizer',
  'normalizerRef',
]);

export interface KeyHit {
  key: Scalar;
  value: unknown;
  /** The mapping holding the key. */
  map: YAMLMap;
  /** Dotted path of the value. */
  path: string;
}

export interface NodeIndex {
  aliases: Alias[];
  anchored: Node[];
  /** Plain scalars a YAML 1.1 reader would coerce, with the reason. */
  coerced: Array<{ node: Scalar; raw: string; why: string }>;
  /** Outermost flow mappings. */
  flowMaps: YAMLMap[];
  /** [start, end) of multi-line scalars and outermost multi-line flow collections, sorted. */
  multiLine: Array<[number, number]>;
  keys: Map<string, KeyHit[]>;
}

/** Digits, `+`, `-`, y/Y, n/N, o/O: the first characters of YAML 1.1 non-strings. */
function maybeCoerced(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 121 ||
    c === 89 ||
    c === 110 ||
    c === 78 ||
    c === 111 ||
    c === 79
  );
}
const cache = new WeakMap<JourneySource, NodeIndex>();

/** The node index of a source (built on first use); pure apart from the per-source cache. */
export function nodeIndex(source: JourneySource): NodeIndex {
  let index = cache.get(source);
  if (!index) {
    index = build(source);
    cache.set(source, index);
  }
  return index;
}

function emptyIndex(): NodeIndex {
  return { aliases: [], anchored: [], coerced: [], flowMaps: [], multiLine: [], keys: new Map() };
}

/** A top-level state's part of the index, kept while the parse reuses its nodes (multi-line ranges relative to its start). */
const stateParts = new WeakMap<object, NodeIndex>();

function build(source: JourneySource): NodeIndex {
  let index = emptyIndex();
  const text = source.text;
  const path: Array<string | number> = [];
  const multiLine = (range: [number, number, number]) => {
    const nl = text.indexOf('\n', range[0]);
    return nl >= 0 && nl < range[1];
  };

  const walk = (node: unknown, inFlow: boolean, depth: number): void => {
    if (depth > 200 || node == null) return;
    if (isAlias(node)) {
      index.aliases.push(node);
      return;
    }
    const n = node as Node;
    if (n.anchor) index.anchored.push(n);
    if (isScalar(node)) {
      const range = node.range;
      if (range) {
        // Only scalars starting with a digit, a sign or y/n/o can be YAML 1.1 non-strings.
        if (node.type === Scalar.PLAIN && maybeCoerced(text.charCodeAt(range[0]))) {
          const raw = text.slice(range[0], range[1]);
          const why = implicitCoercion(raw);
          if (why) index.coerced.push({ node, raw, why });
        }
        if (!inFlow && multiLine(range)) index.multiLine.push([range[0], range[1]]);
      }
      return;
    }
    if (!isMap(node) && !isSeq(node)) return;
    const flow = Boolean(node.flow);
    if (flow && !inFlow && node.range) {
      if (isMap(node)) index.flowMaps.push(node);
      if (multiLine(node.range)) index.multiLine.push([node.range[0], node.range[1]]);
    }
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        walk(node.items[i], inFlow || flow, depth + 1);
        path.pop();
      }
      return;
    }
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      walk(pair.key, inFlow || flow, depth + 1);
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (WATCHED.has(key)) {
        const list = index.keys.get(key) ?? [];
        list.push({
          key: pair.key as Scalar,
          value: pair.value,
          map: node as YAMLMap,
          path: pathString([...path, key]),
        });
        index.keys.set(key, list);
      }
      path.push(key);
      if (source.reusesStates && !inFlow && !flow && isTopLevelState(pair.value)) addStatePart(pair.value, depth + 1);
      else walk(pair.value, inFlow || flow, depth + 1);
      path.pop();
    }
  };
  const isTopLevelState = (node: unknown): node is YAMLMap =>
    path.length === 3 && path[0] === 'spec' && path[1] === 'states' && isMap(node) && node.range != null;
  const addStatePart = (node: YAMLMap, depth: number) => {
    const start = node.range![0];
    let part = stateParts.get(node);
    if (!part) {
      const whole = index;
      index = emptyIndex();
      walk(node, false, depth);
      part = index;
      part.multiLine = part.multiLine.map(([a, b]) => [a - start, b - start]);
      stateParts.set(node, part);
      index = whole;
    }
    // Most states have nothing in most lists: skip those without a call (this runs once per state per keystroke).
    if (part.aliases.length) index.aliases.push(...part.aliases);
    if (part.anchored.length) index.anchored.push(...part.anchored);
    if (part.coerced.length) index.coerced.push(...part.coerced);
    if (part.flowMaps.length) index.flowMaps.push(...part.flowMaps);
    for (const [a, b] of part.multiLine) index.multiLine.push([a + start, b + start]);
    if (part.keys.size)
      for (const [key, hits] of part.keys) {
        const list = index.keys.get(key);
        if (list) list.push(...hits);
        else index.keys.set(key, [...hits]);
      }
  };
  walk(source.doc?.contents, false, 0);
  index.multiLine.sort((a, b) => a[0] - b[0]);
  return index;
}

function pathString(parts: Array<string | number>): string {
  return parts.reduce<string>((acc, p) => joinPath(acc, p), '');
}

/** A stand-in for each state when the state rules own state shapes: keeps ids, skips their bodies. */
const STATE_STUB = Object.freeze({ type: 'succeed' });

/**
 * The document as plain JSON-like data for the JSON Schema check. With `stubStates`,
 * every state under a `states` mapping becomes a valid stub, so big journeys skip
 * converting (and schema-checking) thousands of state bodies. Pure.
 */
export function plainData(source: JourneySource, stubStates: boolean): unknown {
  const convert = (node: unknown, depth: number): unknown => {
    if (depth > 200 || node == null) return null;
    if (isAlias(node)) {
      const target = source.doc ? node.resolve(source.doc) : undefined;
      return target && isScalar(target) ? target.value : null; // aliases are errors anyway (FMT-002)
    }
    if (isScalar(node)) return node.value ?? null;
    if (isSeq(node)) return node.items.map((it) => convert(it, depth + 1));
    if (!isMap(node)) return null;
    const obj: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key)
        ? String(pair.key.value)
        : String(convert(pair.key, depth + 1));
      let value: unknown;
      if (stubStates && key === 'states' && isMap(pair.value)) {
        const states: Record<string, unknown> = {};
        for (const st of pair.value.items)
          if (isPair(st) && isScalar(st.key))
            states[String(st.key.value)] = isMap(st.value)
              ? STATE_STUB
              : convert(st.value, depth + 2);
        value = states;
      } else value = convert(pair.value, depth + 1);
      if (key === '__proto__')
        Object.defineProperty(obj, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else if (!Object.prototype.hasOwnProperty.call(obj, key)) obj[key] = value;
    }
    return obj;
  };
  return convert(source.doc?.contents, 0);
}
