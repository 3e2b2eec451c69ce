/**
 * Validation off the main thread. The editor runs two of these: one answers
 * `view` requests (the graph the canvas needs after a keystroke, fast), the
 * other `full` ones (every rule), so a long validation never delays the
 * canvas. Only the newest text of each journey is worked on.
 */
import { ParseCache } from '../core/incremental-parse';
import { analyzeForEditor } from '../editor/analysis';
import { quickView } from '../editor/quick-view';
import type { AnalysisRequest, AnalysisReply, ApisRequest, WarmUpRequest } from '../editor/analysis-protocol';
import { libraryResolver } from '../editor/files/api-library';
import type { OpenApiResolver } from '../core/openapi-lookup';

const pending = new Map<string, AnalysisRequest>();
// One parse cache per journey: a keystroke re-parses only the states it touched. Only the
// journeys edited most recently keep theirs, so a long session does not hoard closed files.
const MAX_CACHED_JOURNEYS = 8;
const caches = new Map<string, ParseCache>();
function cacheFor(docId: string): ParseCache {
  const cache = caches.get(docId) ?? new ParseCache();
  caches.delete(docId);
  caches.set(docId, cache); // most recent last
  if (caches.size > MAX_CACHED_JOURNEYS) caches.delete(caches.keys().next().value!);
  return cache;
}
let scheduled = false;
/** The workspace's OpenAPI documents (see ApisRequest): none until the editor sends them. */
let openApi: OpenApiResolver = libraryResolver([]);

const post = (m: AnalysisReply) => (self as unknown as Worker).postMessage(m);

/**
 * V8 compiles the parser's hot paths only after they have run a while: a 1,000-state journey read
 * by cold code took twice as long as by warm code (bench/editor.bench.ts). So, when asked, the
 * worker reads a small journey over and over, one read per task, until it is done or real work arrives.
 */
let warmUp: WarmUpRequest | undefined;

function run(): void {
  scheduled = false;
  const next = pending.entries().next();
  if (next.done) {
    warmUpStep();
    return;
  }
  const [docId, req] = next.value;
  pending.delete(docId);
  const cache = cacheFor(docId);
  if (req.mode === 'view') post({ stage: 'view', docId, seq: req.seq, result: quickView(req.text, req.fileName, cache) });
  else post({ stage: 'full', docId, seq: req.seq, result: analyzeForEditor(req.text, req.fileName, cache, openApi) });
  // Yield so newer requests land (and replace stale ones) before the next run.
  schedule();
}

function warmUpStep(): void {
  if (!warmUp) return;
  quickView(warmUp.text, 'warm-up.journey.yaml', new ParseCache());
  if (--warmUp.reads > 0) schedule();
  else endWarmUp();
}

function schedule(): void {
  if (!scheduled && (pending.size || warmUp)) {
    scheduled = true;
    setTimeout(run, 0);
  }
}

/** Real work warms the code as well: the warm-up ends there, and never competes with what follows it. */
function endWarmUp(): void {
  if (!warmUp) return;
  warmUp = undefined;
  post({ stage: 'warm' });
}

self.onmessage = (e: MessageEvent<AnalysisRequest | WarmUpRequest | ApisRequest>) => {
  if (e.data.mode === 'apis') openApi = libraryResolver(e.data.docs);
  else if (e.data.mode === 'warm-up') warmUp = { ...e.data };
  else {
    endWarmUp();
    pending.set(e.data.docId, e.data);
  }
  schedule();
};
