/**
 * FMT-005 (style): flow mappings `{ … }` are not used in journey YAML; use block
 * mappings. A one-line flow mapping that is the value of a block key gets a fix
 * that rewrites it as a block, copying each key and value text verbatim.
 */
import { isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import type { Fix } from '../../../diagnostics';
import { spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { nodeIndex } from './node-index';
import { yamlStyleApplies } from './yaml-style-applies';

export const fmtFlowStyle: Rule = {
  name: 'fmt-flow-style',
  codes: ['FMT-005'],
  check(ctx) {
    if (!yamlStyleApplies(ctx.source)) return;
    const index = nodeIndex(ctx.source);
    if (!index.flowMaps.length) return;
    const owners = blockOwners(ctx.model.root);
    for (const node of index.flowMaps) {
      const fix = toBlock(ctx.source.text, node, owners.get(node));
      ctx.add(
        'FMT-005',
        'info',
        'Flow mapping { … }: the style guide asks for block mappings',
        { span: spanOf(node), path: '' },
        fix ? { style: true, fix } : { style: true },
      );
    }
  },
};

/** Flow mappings that are the value of a pair in a block mapping, with that pair's key. */
function blockOwners(
  root: YAMLMap | undefined,
): Map<unknown, { keyStart: number; keyEnd: number }> {
  const out = new Map<unknown, { keyStart: number; keyEnd: number }>();
  const walk = (map: YAMLMap, depth: number): void => {
    if (depth > 200) return;
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      const value = pair.value;
      if (!isMap(value)) continue;
      if (value.flow) out.set(value, { keyStart: pair.key.range[0], keyEnd: pair.key.range[1] });
      else walk(value, depth + 1);
    }
  };
  if (root && !root.flow) walk(root, 0);
  return out;
}

function toBlock(
  text: string,
  map: YAMLMap,
  owner: { keyStart: number; keyEnd: number } | undefined,
): Fix | undefined {
  if (!owner || !map.range || map.items.length === 0) return undefined;
  const [start, end] = map.range;
  if (text.slice(start, end).includes('\n')) return undefined;
  const colon = text.indexOf(':', owner.keyEnd);
  if (colon < 0 || colon > start) return undefined;
  const lineStart = text.lastIndexOf('\n', owner.keyStart) + 1;
  const indent = ' '.repeat(owner.keyStart - lineStart + 2);
  const lines: string[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return undefined;
    const key = text.slice(pair.key.range[0], pair.key.range[1]);
    const v = pair.value as { range?: [number, number, number] } | null;
    const value = v?.range ? text.slice(v.range[0], v.range[1]) : '';
    lines.push(`${indent}${key}:${value ? ` ${value}` : ''}`);
  }
  // Replace from just after the key's colon, so no trailing space is left behind.
  let close = end;
  if (text[close - 1] !== '}') close = text.indexOf('}', start) + 1;
  if (close <= start) return undefined;
  return {
    title: 'Rewrite as a block mapping',
    edits: [{ span: { start: colon + 1, end: close }, text: `\n${lines.join('\n')}` }],
  };
}
