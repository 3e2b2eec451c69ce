/** The fast first stage: parse + model + graph view, no rules (the canvas needs only this). Pure. */
import { buildModel } from '../core/model/build-model';
import type { ParseCache } from '../core/incremental-parse';
import { parseSource } from '../core/source';
import { toGraphView, type GraphView } from './graph-view';

export interface QuickView {
  text: string;
  /** Undefined when the text does not parse as a journey. */
  view: GraphView | undefined;
}

/** Parses and models `text` for the canvas only; pure apart from the optional parse cache, never throws. */
export function quickView(text: string, fileName: string, cache?: ParseCache): QuickView {
  try {
    const source = parseSource(text, fileName, { cache });
    const broken = !source.root || source.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('YAML-'));
    if (broken) return { text, view: undefined };
    return { text, view: toGraphView(buildModel(source), source.lines, []) };
  } catch {
    return { text, view: undefined };
  }
}
