/**
 * COOK-004…008: cookie configuration semantics — `namePatterns` compile as regular
 * expressions (JS syntax approximates Java's), `returnToClient` needs a jar,
 * `include` only matters for `mode: filtered`, `task.cookies.useJar` needs a jar,
 * and jar domain patterns are bare hosts or `.parent` domains. Shapes: JSON Schema (COOK-001…003).
 */
import { isScalar, isSeq } from 'yaml';
import { child, childAt, items, joinPath, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt, scalar } from './util';

const HOST_PATTERN = /^\.?([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

export const cookies: Rule = {
  name: 'cookies',
  codes: ['COOK-004', 'COOK-005', 'COOK-006', 'COOK-007', 'COOK-008'],
  check(ctx) {
    const spec = ctx.model.spec;
    const cfg = child(spec, 'cookies');
    const jar = child(cfg, 'jar');
    const hasJar = pairOf(cfg, 'jar') !== undefined;
    const back = child(cfg, 'returnToClient');
    if (pairOf(cfg, 'returnToClient') && !hasJar) {
      ctx.add(
        'COOK-005',
        'warning',
        'returnToClient without a cookie jar returns nothing: declare spec.cookies.jar',
        keyAt(cfg, 'returnToClient', 'spec.cookies'),
      );
    }
    const mode = str(child(back, 'mode'));
    if (pairOf(back, 'include') && mode !== undefined && mode !== 'filtered') {
      ctx.add(
        'COOK-006',
        'warning',
        `include is ignored with mode: ${mode} (it only applies to mode: filtered)`,
        keyAt(back, 'include', 'spec.cookies.returnToClient'),
      );
    }
    const patterns = childAt(back, 'include.namePatterns');
    if (patterns !== undefined && !isSeq(patterns)) {
      ctx.add('COOK-004', 'error', 'include.namePatterns must be a list of regular expressions', {
        span: spanOf(patterns),
        path: 'spec.cookies.returnToClient.include.namePatterns',
      });
    }
    items(patterns).forEach((p, i) => {
      if (!isScalar(p) || typeof p.value !== 'string') {
        ctx.add('COOK-004', 'error', 'namePatterns entries must be strings', {
          span: spanOf(p, spanOf(patterns)),
          path: joinPath('spec.cookies.returnToClient.include.namePatterns', i),
        });
        return;
      }
      try {
        new RegExp(p.value);
      } catch (err) {
        ctx.add(
          'COOK-004',
          'error',
          `namePatterns entry is not a valid regular expression: ${(err as Error).message}`,
          {
            span: spanOf(p),
            path: joinPath('spec.cookies.returnToClient.include.namePatterns', i),
          },
        );
      }
    });
    items(child(jar, 'domains')).forEach((d, i) => {
      const pattern = str(child(d, 'pattern'));
      if (!pattern || HOST_PATTERN.test(pattern)) return;
      ctx.add(
        'COOK-008',
        'warning',
        `Domain pattern '${pattern}' should be a bare host (api.example.com) or a parent domain (.example.com): no scheme, port, path or '*'`,
        {
          span: spanOf(child(d, 'pattern')),
          path: joinPath('spec.cookies.jar.domains', i) + '.pattern',
        },
      );
    });
    if (hasJar) return;
    for (const s of ctx.model.states) {
      const c = child(s.task?.node, 'cookies');
      if (scalar(child(c, 'useJar')) !== true) continue;
      ctx.add(
        'COOK-007',
        'warning',
        `cookies.useJar has no effect: the spec declares no spec.cookies.jar`,
        keyAt(c, 'useJar', `${s.task!.path}.cookies`),
      );
    }
  },
};
