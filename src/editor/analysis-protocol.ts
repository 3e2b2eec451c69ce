/** Messages between the editor and the analysis worker. */
import type { EditorAnalysis } from './analysis';
import type { QuickView } from './quick-view';
import type { ApiDocument } from './files/api-library';

export interface AnalysisRequest {
  /** The open journey this text belongs to: the worker keeps only the newest text per journey. */
  docId: string;
  seq: number;
  /** `view`: the graph only (fast, for the canvas); `full`: every rule (diagnostics). */
  mode: 'view' | 'full';
  text: string;
  fileName: string;
}

/**
 * Asks the view worker to read `text` `reads` times while it has nothing else to do, so that the
 * first big journey opened is read by compiled code (see analysis.worker).
 */
export interface WarmUpRequest {
  mode: 'warm-up';
  text: string;
  reads: number;
}

/** The workspace's OpenAPI documents changed: full analyses check operationRefs against these from now on. */
export interface ApisRequest {
  mode: 'apis';
  docs: ApiDocument[];
}

export type AnalysisReply =
  | { stage: 'view'; docId: string; seq: number; result: QuickView }
  | { stage: 'full'; docId: string; seq: number; result: EditorAnalysis }
  | { stage: 'warm' };
