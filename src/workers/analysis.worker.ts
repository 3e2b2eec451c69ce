/**
 * Validation off the main thread, in two stages: the graph first (what the
 * canvas needs after a keystroke), then the full rule set. Only the newest
 * text is worked on; a text superseded while the first stage ran skips the second.
 */
import { analyzeForEditor } from '../editor/analysis';
import { quickView } from '../editor/quick-view';
import type { AnalysisRequest, AnalysisReply } from '../editor/analysis-protocol';

let pending: AnalysisRequest | undefined;
let scheduled = false;

const post = (m: AnalysisReply) => (self as unknown as Worker).postMessage(m);

function run(): void {
  scheduled = false;
  const req = pending;
  pending = undefined;
  if (!req) return;
  post({ stage: 'view', seq: req.seq, result: quickView(req.text, req.fileName) });
  // Yield so newer requests land before the expensive stage; if one did, it is already scheduled.
  setTimeout(() => {
    if (pending) return;
    post({ stage: 'full', seq: req.seq, result: analyzeForEditor(req.text, req.fileName) });
  }, 0);
}

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  pending = e.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
