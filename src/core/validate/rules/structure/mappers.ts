/**
 * MAP-001…004: `spec.mappers` entries name a supported engine, every `mapperRef`
 * resolves, `mapper` and `mapperRef` never share a location, unused mappers are
 * reported (info). The shared node index supplies every `mapperRef`.
 */
import { isMap, isScalar } from 'yaml';
import { child, entries, joinPath, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { reportedElsewhere } from '../schema/claims';
import { nodeIndex } from './node-index';
import { closest, keyAt } from './util';

export const mappers: Rule = {
  name: 'mappers',
  codes: ['MAP-001', 'MAP-002', 'MAP-003', 'MAP-004'],
  check(ctx) {
    const { model } = ctx;
    const used = new Set<string>();
    for (const hit of nodeIndex(ctx.source).keys.get('mapperRef') ?? []) {
      if (!hit.path.startsWith('spec.') || hit.path.startsWith('spec.mappers.')) continue;
      const id = isScalar(hit.value) ? String(hit.value.value) : undefined;
      const base = hit.path.slice(0, -'.mapperRef'.length);
      const at = { span: spanOf(hit.value, spanOf(hit.key)), path: hit.path };
      if (pairOf(hit.map, 'mapper'))
        ctx.add(
          'MAP-003',
          'error',
          "Use either 'mapper' or 'mapperRef' here, not both",
          keyAt(hit.map, 'mapperRef', base),
        );
      if (id !== undefined && model.mappers.has(id)) used.add(id);
      else {
        const guess = id ? closest(id, model.mappers.keys()) : undefined;
        ctx.add(
          'MAP-002',
          'error',
          `mapperRef '${id ?? ''}' names no entry of spec.mappers` +
            (guess ? `; did you mean '${guess}'?` : ''),
          at,
          guess
            ? { fix: { title: `Use '${guess}'`, edits: [{ span: at.span, text: guess }] } }
            : undefined,
        );
      }
    }
    const languages = new Map(ctx.compiled.map((c) => [c.site.node, c] as const));
    for (const e of entries(child(model.spec, 'mappers'))) {
      const path = joinPath('spec.mappers', e.key);
      if (!isMap(e.value) || !isScalar(child(e.value, 'expr'))) {
        ctx.add('MAP-001', 'error', `Mapper '${e.key}' must be {lang, expr} with an inline expr`, {
          span: spanOf(e.keyNode),
          path,
        });
      } else {
        const lang = str(child(e.value, 'lang'));
        const compiled = languages.get(e.value);
        if (lang === undefined && !reportedElsewhere('EXPR-001'))
          ctx.add('MAP-001', 'error', `Mapper '${e.key}' needs a lang`, {
            span: spanOf(e.keyNode),
            path,
          });
        else if (
          lang !== undefined &&
          compiled &&
          !compiled.language &&
          !reportedElsewhere('EXPR-002')
        ) {
          ctx.add(
            'MAP-001',
            'error',
            `Mapper '${e.key}' uses lang '${lang}', which is not a supported engine`,
            keyAt(e.value, 'lang', path),
          );
        }
      }
      if (!used.has(e.key))
        ctx.add('MAP-004', 'info', `Mapper '${e.key}' is never referenced by a mapperRef`, {
          span: spanOf(e.keyNode),
          path,
        });
    }
  },
};
