/**
 * Positions for the canvas. A state keeps the place it first got (ELK's, or
 * the quick layout's until ELK answers) so edits never shuffle the diagram.
 * While typing, ELK is not asked: renamed and new states get a provisional
 * place next to their neighbours, and ELK places them after a pause (it costs
 * hundreds of milliseconds of a core on big journeys). "Auto-layout" starts over.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphView } from '../graph-view';
import { quickLayout, type Box, type Layout } from './quick-layout';
import { provisionalBoxes } from './provisional';
import { useWorkerHub } from '../worker-hub';

/** Quiet time after the last change of the graph's shape before ELK places new states. */
export const ELK_DELAY_MS = 600;

/** A string that changes exactly when nodes, groups or edges change; pure. */
export function shapeKey(view: GraphView | undefined): string {
  if (!view) return '';
  return [
    view.nodes.map((n) => `${n.qid}@${n.parent ?? ''}`).join(','),
    view.edges.map((e) => `${e.source}>${e.target}`).join(','),
    view.groups.map((g) => (g.callers?.length ? `${g.id}<${g.callers.join('+')}` : g.id)).join(','),
  ].join('|');
}

/** Fills `into` with the boxes of `from` it does not have yet; returns whether it changed. Pure on its inputs. */
export function keepFirst(into: Map<string, Box>, from: ReadonlyMap<string, Box>): boolean {
  let changed = false;
  for (const [id, box] of from) {
    if (!into.has(id)) {
      into.set(id, box);
      changed = true;
    }
  }
  return changed;
}

/** The layout for a view, and a function that lays everything out afresh. */
export function useLayout(view: GraphView | undefined): { layout: Layout | undefined; relayout: () => void; elkDone: boolean } {
  const key = shapeKey(view);
  const viewRef = useRef(view);
  viewRef.current = view;
  const shownView = useRef<GraphView | undefined>(undefined);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the graph's shape, not on the view object
  const quick = useMemo(() => (viewRef.current ? quickLayout(viewRef.current) : undefined), [key]);
  const frozen = useRef<Layout>({ nodes: new Map(), groups: new Map() });
  const [version, setVersion] = useState(0);
  const [elkDone, setElkDone] = useState(false);
  const [round, setRound] = useState(0);
  const hub = useWorkerHub();
  const seq = useRef(0);
  useEffect(() => {
    const v = viewRef.current;
    if (!v) return;
    const mine = ++seq.current;
    const first = frozen.current.nodes.size === 0;
    // Nothing new to place (an edge changed): positions stand, ELK is not needed.
    if (!first && v.nodes.every((n) => frozen.current.nodes.has(n.qid))) return;
    const timer = setTimeout(
      () =>
        void hub.layout(v).then((l) => {
          if (mine !== seq.current) return;
          if (l) {
            const a = keepFirst(frozen.current.nodes, l.nodes);
            // Group sizes follow their content: always take the newest.
            for (const [id, box] of l.groups) frozen.current.groups.set(id, box);
            if (a || l.groups.size) setVersion((x) => x + 1);
          }
          setElkDone(true);
        }),
      first ? 0 : ELK_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [key, round, hub]);
  const relayout = useCallback(() => {
    frozen.current = { nodes: new Map(), groups: new Map() };
    setElkDone(false);
    setRound((r) => r + 1);
  }, []);
  const layout = useMemo(() => {
    if (!quick || !viewRef.current) return undefined;
    const f = frozen.current;
    const provisional = provisionalBoxes(shownView.current, viewRef.current, f.nodes);
    // A renamed state's old place is its place: keep it, so ELK is not even asked.
    if (provisional.renamed) keepFirst(f.nodes, provisional.boxes);
    shownView.current = viewRef.current;
    return {
      nodes: new Map([...quick.nodes, ...provisional.boxes, ...f.nodes]),
      groups: new Map([...quick.groups, ...f.groups]),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` marks changes to the frozen ref
  }, [quick, version]);
  return { layout, relayout, elkDone };
}
