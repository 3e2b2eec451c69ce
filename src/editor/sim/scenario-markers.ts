/**
 * The scenario editor's squiggles: the engine's scenario check (the same one
 * the simulator and the CLI apply) as Monaco markers. Pure.
 */
import type * as MonacoNs from 'monaco-editor';
import { locate } from '../../core/diagnostics';
import { LineIndex } from '../../core/line-index';
import { scenarioDiagnostics } from '../../engine/scenario/diagnostics';
import { locatedMarker } from '../panels/marker-data';

/** Owner of the scenario check's markers on the scenario model. */
export const SCENARIO_MARKER_OWNER = 'scenario';

/** Markers for a scenario file's text; none for a blank one (no scenario file yet is not an error). */
export function scenarioMarkers(text: string): MonacoNs.editor.IMarkerData[] {
  if (!text.trim()) return [];
  const lines = new LineIndex(text);
  return scenarioDiagnostics(text).map((d) => locatedMarker(locate(d, lines)));
}
