/**
 * GRAPH-011: with `startMode: sync` (the default), the start call runs until
 * the first wait/webhook/succeed/fail — a `timer` met before that holds the
 * HTTP call open. A parallel with a branch reaching external input counts as
 * external input; subjourney bodies are walked into. Fix: `startMode: async`.
 */
import { isMap, type YAMLMap } from 'yaml';
import { appendPairEdit, replaceScalarEdit } from '../../../commands/yaml-splice';
import { graphOf, type JourneyGraph } from '../../../graph/journey-graph';
import { isExternalInput, isTerminal } from '../../../graph/state-kinds';
import type { StateModel } from '../../../model/types';
import { child, str } from '../../../yaml-nodes';
import type { Fix } from '../../../diagnostics';
import type { Rule, RuleContext } from '../../rule';

/** The first timer a sync start meets, with the path to it. */
function firstTimer(g: JourneyGraph, start: StateModel): StateModel[] | undefined {
  const reachesInput = (s: StateModel) => {
    const starts = g
      .callees(s)
      .map((sc) => g.startOf(sc))
      .filter((x): x is StateModel => !!x);
    return [
      ...g.reachableFrom(starts, {
        descend: true,
        stopAt: (x) => isExternalInput(x) || isTerminal(x),
      }),
    ].some(isExternalInput);
  };
  const stop = (s: StateModel) =>
    isExternalInput(s) ||
    isTerminal(s) ||
    s.type === 'timer' ||
    (s.type === 'parallel' && reachesInput(s));
  const seen = g.reachableFrom(start, { descend: true, stopAt: stop });
  if (![...seen].some((s) => s.type === 'timer')) return undefined;
  return g.pathTo(start, (s) => s.type === 'timer' && seen.has(s), { descend: true });
}

/** The fix both sync-start warnings offer: `spec.lifecycle.startMode: async`. */
export function asyncFix(ctx: RuleContext): Fix | undefined {
  const spec = ctx.model.spec;
  if (!spec) return undefined;
  const lifecycle = child(spec, 'lifecycle');
  const mode = child(lifecycle, 'startMode');
  const edit = mode
    ? replaceScalarEdit(mode, 'async')
    : isMap(lifecycle)
      ? appendPairEdit(ctx.source.text, lifecycle as YAMLMap, 'startMode', 'async')
      : lifecycle == null
        ? appendPairEdit(ctx.source.text, spec, 'lifecycle', { startMode: 'async' })
        : undefined;
  return edit ? { title: 'Use startMode: async', edits: [edit] } : undefined;
}

/** GRAPH-011 with a fix that sets startMode: async. */
export const syncStartTimerRule: Rule = {
  name: 'sync-start-timer',
  codes: ['GRAPH-011'],
  check(ctx) {
    if (ctx.model.kind !== 'Journey') return;
    const mode = str(child(child(ctx.model.spec, 'lifecycle'), 'startMode'));
    if (mode !== undefined && mode !== 'sync') return;
    const g = graphOf(ctx.model);
    const start = g.startOf(ctx.model.top);
    if (!start) return;
    const path = firstTimer(g, start);
    if (!path) return;
    const timer = path[path.length - 1];
    const fix = asyncFix(ctx);
    ctx.add(
      'GRAPH-011',
      'warning',
      `With startMode sync${mode ? '' : ' (the default)'}, the start call reaches timer '${timer.qid}' before any wait, webhook or end ` +
        `(${path.map((s) => s.id).join(' → ')}); use startMode: async or move the timer`,
      { span: timer.keySpan, path: timer.path },
      fix ? { fix } : undefined,
    );
  },
};
