/** FMT-002: YAML anchors (`&a`) and aliases (`*a`) are rejected (ADR-0001). */
import { spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { nodeIndex } from './node-index';

export const fmtAnchors: Rule = {
  name: 'fmt-anchors',
  codes: ['FMT-002'],
  check(ctx) {
    const { text } = ctx.source;
    const index = nodeIndex(ctx.source);
    for (const node of index.aliases) {
      ctx.add(
        'FMT-002',
        'error',
        `YAML aliases are not allowed (*${node.source}); write the value out`,
        { span: spanOf(node), path: '' },
      );
    }
    for (const node of index.anchored) {
      const at = node.range ? text.lastIndexOf(`&${node.anchor}`, node.range[0]) : -1;
      const span = at >= 0 ? { start: at, end: at + (node.anchor?.length ?? 0) + 1 } : spanOf(node);
      ctx.add('FMT-002', 'error', `YAML anchors are not allowed (&${node.anchor})`, {
        span,
        path: '',
      });
    }
  },
};
