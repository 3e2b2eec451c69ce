/**
 * Validation off the main thread, in two stages: the graph first (what the
 * canvas needs after a keystroke), then the full rule set. Only the newest
 * text of each journey is worked on; a text superseded while the first stage
 * ran skips the second.
 */
import { analyzeForEditor } from '../editor/analysis';
import { quickView } from '../editor/quick-view';
import type { AnalysisRequest, AnalysisReply } from '../editor/analysis-protocol';

const pending = new Map<string, AnalysisRequest>();
let scheduled = false;

const post = (m: AnalysisReply) => (self as unknown as Worker).postMessage(m);

function run(): void {
  scheduled = false;
  const next = pending.entries().next();
  if (next.done) return;
  const [docId, req] = next.value;
  pending.delete(docId);
  post({ stage: 'view', docId, seq: req.seq, result: quickView(req.text, req.fileName) });
  // Yield so newer requests land before the expensive stage.
  setTimeout(() => {
    if (!pending.has(docId)) post({ stage: 'full', docId, seq: req.seq, result: analyzeForEditor(req.text, req.fileName) });
    schedule();
  }, 0);
}

function schedule(): void {
  if (!scheduled && pending.size) {
    scheduled = true;
    setTimeout(run, 0);
  }
}

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  pending.set(e.data.docId, e.data);
  schedule();
};
