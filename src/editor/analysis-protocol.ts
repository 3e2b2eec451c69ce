/** Messages between the editor and the analysis worker. */
import type { EditorAnalysis } from './analysis';
import type { QuickView } from './quick-view';

export interface AnalysisRequest {
  seq: number;
  text: string;
  fileName: string;
}

export type AnalysisReply =
  | { stage: 'view'; seq: number; result: QuickView }
  | { stage: 'full'; seq: number; result: EditorAnalysis };
