/**
 * The simulator off the main thread: scenario suites (one scenario at a time,
 * so progress shows) and one debugging session. A runaway run cannot freeze
 * the tab here; the editor's Stop button terminates this worker.
 */
import { parse, stringify } from 'yaml';
import { analyze } from '../core/validate/validate';
import { computeCoverage, coverageData } from '../engine/coverage';
import { DebugSession, runScenarioFile, type ScenarioReport } from '../engine/index';
import { scenarioDiagnostics, scenarioProblemMessage } from '../engine/scenario/diagnostics';
import type { SimReply, SimRequest } from '../editor/sim/sim-protocol';

const post = (m: SimReply) => (self as unknown as Worker).postMessage(m);
let session: DebugSession | undefined;

async function runSuite(req: Extract<SimRequest, { type: 'suite' }>): Promise<void> {
  // Scenarios run one at a time from single-scenario copies of the file: check the file as written
  // first, so a problem is reported where it is (the line its editor squiggles), not in a copy.
  const problems = scenarioDiagnostics(req.scenarioText);
  if (problems.length) {
    post({ type: 'suiteResult', id: req.id, scenarios: [], error: scenarioProblemMessage(req.scenarioText, problems) });
    return;
  }
  let doc: { env?: unknown; scenarios?: unknown[] } | undefined;
  try {
    doc = parse(req.scenarioText, { maxAliasCount: 100 }) as typeof doc;
  } catch {
    doc = undefined;
  }
  const list = Array.isArray(doc?.scenarios) ? doc.scenarios : undefined;
  if (!list) {
    // Let the engine explain what is wrong with the file.
    const report = await runScenarioFile(req.journeyText, req.scenarioText, { journeyFile: req.fileName });
    post({ type: 'suiteResult', id: req.id, scenarios: report.scenarios, error: report.error?.message ?? 'The scenario file has no scenarios' });
    return;
  }
  const results: ScenarioReport[] = [];
  for (let i = 0; i < list.length; i++) {
    const name = (list[i] as { name?: unknown })?.name;
    post({ type: 'progress', id: req.id, done: i, total: list.length, current: typeof name === 'string' ? name : undefined });
    const single = stringify({ ...doc, scenarios: [list[i]] }, { aliasDuplicateObjects: false });
    const report = await runScenarioFile(req.journeyText, single, { journeyFile: req.fileName });
    if (report.error) {
      post({ type: 'suiteResult', id: req.id, scenarios: results, error: report.error.message });
      return;
    }
    results.push(...report.scenarios);
  }
  post({ type: 'progress', id: req.id, done: list.length, total: list.length });
  const { model } = analyze(req.journeyText, req.fileName);
  const coverage = coverageData(computeCoverage(model, results.map((r) => r.trace)));
  post({ type: 'suiteResult', id: req.id, scenarios: results, coverage });
}

function timeline(id: number, s: DebugSession): void {
  post({ type: 'timeline', id, frames: s.summaries(), view: s.view(s.frames.length - 1) });
}

async function handle(req: SimRequest): Promise<void> {
  switch (req.type) {
    case 'suite':
      return runSuite(req);
    case 'debugStart': {
      const created = await DebugSession.create(req.journeyText, req.scenarioText, req.scenarioName);
      if (!created.ok) {
        session = undefined;
        post({ type: 'timeline', id: req.id, frames: [], view: undefined, error: created.message });
        return;
      }
      session = created.session;
      await session.start();
      if (req.playSteps) await session.playScenarioSteps();
      return timeline(req.id, session);
    }
    case 'submit':
      if (!session) throw new Error('No run is active: start one first');
      await session.submit(req.from, req.stepId, req.body as never, req.request as never);
      return timeline(req.id, session);
    case 'advance':
      if (!session) throw new Error('No run is active: start one first');
      await session.advance(req.from, req.ms, req.label);
      return timeline(req.id, session);
    case 'frame':
      post({ type: 'frame', id: req.id, view: session?.view(req.index) });
      return;
    case 'scenarioFromRun':
      if (!session) throw new Error('No run is active: start one first');
      post({ type: 'scenario', id: req.id, scenario: session.scenarioUpTo(req.upTo, req.name) });
      return;
  }
}

self.onmessage = (e: MessageEvent<SimRequest>) => {
  handle(e.data).catch((err: unknown) => post({ type: 'error', id: e.data.id, message: err instanceof Error ? err.message : String(err) }));
};
