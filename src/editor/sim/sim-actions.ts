/**
 * What the simulation panels do: run the suite, drive the debugger, and
 * paint the run on the canvas. Each action talks to the worker through the
 * store's client and writes results into the stores.
 */
import type { CoverageData } from '../../engine/coverage';
import type { FrameView } from '../../engine/index';
import type { EditorStore } from '../store/editor-store';
import type { SimReply } from './sim-protocol';
import type { SimStore } from './sim-store';
import { appendScenario } from './append-scenario';

type RunStates = Record<string, 'active' | 'visited'>;

/** Canvas overlay for one debugger frame: active states over visited ones. */
export function runStatesOf(view: FrameView | undefined): RunStates {
  const states: RunStates = {};
  if (!view) return states;
  for (const qid of view.visited) states[qid] = 'visited';
  for (const qid of view.active) states[qid] = 'active';
  return states;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs every scenario of the journey's scenario file; marks reached states on the canvas. */
export async function runSuite(editor: EditorStore, sim: SimStore): Promise<void> {
  const { text, fileName } = editor.getState();
  const { scenarioText } = sim.getState();
  if (!scenarioText.trim()) {
    sim.getState().patchSuite({ error: 'No scenarios yet: open a scenario file or create one from a run', results: [], coverage: undefined });
    return;
  }
  sim.getState().patchSuite({ running: true, done: 0, total: 0, results: [], coverage: undefined, error: undefined, journeyText: text });
  try {
    const reply = await sim.client.call({ type: 'suite', journeyText: text, scenarioText, fileName }, (done, total, current) =>
      sim.getState().patchSuite({ done, total, current }),
    );
    if (reply.type !== 'suiteResult') return;
    sim.getState().patchSuite({ running: false, results: reply.scenarios, coverage: reply.coverage, error: reply.error, current: undefined });
    const states: RunStates = {};
    for (const [qid] of reply.coverage?.statesHit ?? []) states[qid] = 'visited';
    editor.getState().setRunStates(states);
    editor.getState().setRunBadges(authBadges(reply.coverage));
  } catch (err) {
    sim.getState().patchSuite({ running: false, error: message(err) === 'Stopped' ? 'Stopped by you' : message(err) });
  }
}

/** Ends whatever the simulator is doing (a runaway suite or run) at once. */
export function stopSimulation(sim: SimStore): void {
  sim.client.stop();
  const { suite, debug } = sim.getState();
  if (suite.running) sim.getState().patchSuite({ running: false, error: 'Stopped by you' });
  if (debug.busy) sim.getState().patchDebug({ busy: false, error: 'Stopped by you', frames: [], view: undefined });
}

async function applyTimeline(editor: EditorStore, sim: SimStore, pending: Promise<SimReply>): Promise<void> {
  sim.getState().patchDebug({ busy: true, error: undefined });
  try {
    const reply = await pending;
    if (reply.type !== 'timeline') return;
    const last = reply.frames.length - 1;
    sim.getState().patchDebug({ busy: false, frames: reply.frames, index: Math.max(0, last), view: reply.view, previous: undefined, error: reply.error });
    editor.getState().setRunStates(runStatesOf(reply.view));
    if (last > 0) void loadPrevious(sim, last);
  } catch (err) {
    sim.getState().patchDebug({ busy: false, error: message(err) === 'Stopped' ? 'Stopped by you' : message(err) });
  }
}

async function loadPrevious(sim: SimStore, index: number): Promise<void> {
  const reply = await sim.client.call({ type: 'frame', index: index - 1 });
  if (reply.type === 'frame' && sim.getState().debug.index === index) sim.getState().patchDebug({ previous: reply.view });
}

/** Starts a debugging run of one scenario (its start request; with `playSteps`, its submissions too). */
export function startDebug(editor: EditorStore, sim: SimStore, scenarioName: string | undefined, playSteps: boolean): Promise<void> {
  const { text } = editor.getState();
  sim.getState().patchDebug({ scenarioName });
  return applyTimeline(
    editor,
    sim,
    sim.client.call({ type: 'debugStart', journeyText: text, scenarioText: sim.getState().scenarioText, scenarioName, playSteps }),
  );
}

/** Shows frame `index` (step, step back, a click in the timeline). */
export async function gotoFrame(editor: EditorStore, sim: SimStore, index: number): Promise<void> {
  const { frames } = sim.getState().debug;
  if (index < 0 || index >= frames.length) return;
  sim.getState().patchDebug({ index });
  const [reply, prev] = await Promise.all([
    sim.client.call({ type: 'frame', index }),
    index > 0 ? sim.client.call({ type: 'frame', index: index - 1 }) : Promise.resolve(undefined),
  ]);
  if (reply.type !== 'frame' || sim.getState().debug.index !== index) return;
  sim.getState().patchDebug({ view: reply.view, previous: prev?.type === 'frame' ? prev.view : undefined });
  editor.getState().setRunStates(runStatesOf(reply.view));
}

/** Moves forward until a frame enters `stateId` (or the end). */
export function runToState(editor: EditorStore, sim: SimStore, stateId: string): Promise<void> {
  const { frames, index } = sim.getState().debug;
  const hit = frames.findIndex((f, i) => i > index && (f.state === stateId || f.state.endsWith(`/${stateId}`)));
  return gotoFrame(editor, sim, hit >= 0 ? hit : frames.length - 1);
}

/** Submits a step from the shown frame; later frames are replaced by the new continuation. */
export function submitStep(
  editor: EditorStore,
  sim: SimStore,
  stepId: string,
  body: unknown,
  request: { headers?: Record<string, string>; clientCert?: string },
): Promise<void> {
  const from = sim.getState().debug.index;
  return applyTimeline(editor, sim, sim.client.call({ type: 'submit', from, stepId, body, request }));
}

/** Advances the virtual clock from the shown frame. */
export function advanceClock(editor: EditorStore, sim: SimStore, ms: number, label: string): Promise<void> {
  const from = sim.getState().debug.index;
  return applyTimeline(editor, sim, sim.client.call({ type: 'advance', from, ms, label }));
}

/** Appends the run up to the shown frame to the scenario file as a new scenario named `name`. */
export async function saveRunAsScenario(sim: SimStore, name: string): Promise<void> {
  const reply = await sim.client.call({ type: 'scenarioFromRun', upTo: sim.getState().debug.index, name });
  if (reply.type !== 'scenario') return;
  const { scenarioFileName, scenarioText } = sim.getState();
  sim.getState().setScenarios(scenarioFileName, appendScenario(scenarioText, reply.scenario));
}

/** Per auth state, "auth k/n": how many of its outcomes (OK + failure codes) the suite exercised. Pure. */
export function authBadges(coverage: CoverageData | undefined): Record<string, string> {
  const badges: Record<string, string> = {};
  if (!coverage) return badges;
  const total = new Map<string, number>();
  for (const m of coverage.auth.missed) total.set(m.state, (total.get(m.state) ?? 0) + 1);
  const hit = new Map<string, number>();
  for (const key of coverage.authHit) {
    const state = key.slice(0, key.lastIndexOf('#'));
    hit.set(state, (hit.get(state) ?? 0) + 1);
  }
  for (const state of new Set([...total.keys(), ...hit.keys()])) {
    const h = hit.get(state) ?? 0;
    badges[state] = `auth ${h}/${h + (total.get(state) ?? 0)}`;
  }
  return badges;
}
