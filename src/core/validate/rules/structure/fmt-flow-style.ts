/** FMT-005 (style): flow mappings `{ … }` are not used in journey YAML; use block mappings. */
import { spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { nodeIndex } from './node-index';

export const fmtFlowStyle: Rule = {
  name: 'fmt-flow-style',
  codes: ['FMT-005'],
  check(ctx) {
    for (const node of nodeIndex(ctx.source).flowMaps) {
      ctx.add(
        'FMT-005',
        'info',
        'Flow mapping { … }: the style guide asks for block mappings',
        { span: spanOf(node), path: '' },
        { style: true },
      );
    }
  },
};
