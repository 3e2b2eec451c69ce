/**
 * Step through one run: start a scenario (or an ad hoc run), step forward and
 * back, run to a state, jump anywhere in the timeline, submit steps at
 * waiting states, and move the virtual clock. The canvas follows the frame.
 */
import { useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { parseDuration } from '../../engine/duration';
import { ContextInspector } from './ContextInspector';
import { HttpClientView } from './HttpClientView';
import { SubmitForm } from './SubmitForm';
import { SaveAsScenario } from './SaveAsScenario';
import { advanceClock, gotoFrame, runToState, startDebug, stopSimulation, submitStep } from './sim-actions';
import { scenarioNames } from './scenario-names';
import { payloadUntrusted } from './trust';
import { useSim, useSimStore } from './use-sim';

/** An empty jar and cache: a previous frame that held nothing. */
const NO_HTTP = { cookies: [], tokens: [] };

/** The debugger half of the Simulation panel. */
export function DebuggerPanel() {
  const editor = useEditorStore();
  const sim = useSimStore();
  const debug = useSim((s) => s.debug);
  const scenarioText = useSim((s) => s.scenarioText);
  const view = useEditor((s) => s.view);
  const names = useMemo(() => scenarioNames(scenarioText), [scenarioText]);
  const [picked, setPicked] = useState<string>('');
  const [play, setPlay] = useState(true);
  const [target, setTarget] = useState('');
  const [advance, setAdvance] = useState('PT10M');
  const frame = debug.view;
  // While a run is shown, the choice is the run's scenario (started from here or from a "Debug" link);
  // choosing another one starts that one, so the two never disagree.
  const running = debug.frames.length > 0 || debug.busy;
  const scenario = running ? debug.scenarioName : picked || names[0];
  const choose = (name: string) => {
    setPicked(name);
    if (running) void startDebug(editor, sim, name, play);
  };
  const last = debug.frames.length - 1;
  const authStates = useMemo(() => new Set(view?.nodes.filter((n) => /^(jwt|mtls|apiKey)Validate:/.test(n.taskKind ?? '')).map((n) => n.qid)), [view]);
  const advanceMs = parseDuration(advance);

  return (
    <div className="debugger" data-testid="debugger">
      <div className="sim-bar">
        <select aria-label="Scenario" data-testid="debug-scenario" value={scenario ?? ''} onChange={(e) => choose(e.target.value)} disabled={debug.busy}>
          {names.length === 0 || !scenario ? <option value="">ad hoc run (no scenarios)</option> : null}
          {scenario && !names.includes(scenario) ? <option value={scenario}>{scenario}</option> : null}
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <label title="Also replay the scenario's submissions and clock moves">
          <input type="checkbox" checked={play} onChange={(e) => setPlay(e.target.checked)} /> replay steps
        </label>
        <button data-testid="debug-start" disabled={debug.busy} onClick={() => void startDebug(editor, sim, names.length ? scenario : undefined, play)}>
          {debug.frames.length ? 'Restart' : 'Start run'}
        </button>
        <button data-testid="step-back" disabled={debug.busy || debug.index <= 0} onClick={() => void gotoFrame(editor, sim, debug.index - 1)}>
          ◀ Back
        </button>
        <button data-testid="step-forward" disabled={debug.busy || debug.index >= last} onClick={() => void gotoFrame(editor, sim, debug.index + 1)}>
          Step ▶
        </button>
        <button disabled={debug.busy || debug.index >= last} onClick={() => void gotoFrame(editor, sim, last)}>
          End ▶▶
        </button>
        <select aria-label="Run to state" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">run to state…</option>
          {view?.nodes.map((n) => (
            <option key={n.qid} value={n.qid}>
              {n.qid}
            </option>
          ))}
        </select>
        <button disabled={!target || debug.busy} onClick={() => void runToState(editor, sim, target)}>
          Go
        </button>
        <button data-testid="debug-stop" disabled={!debug.busy} onClick={() => stopSimulation(sim)}>
          Stop
        </button>
      </div>
      {debug.error ? (
        <div className="sim-error" role="alert">
          {debug.error}
        </div>
      ) : null}
      {frame ? (
        <div className="debug-body">
          <ol className="timeline" data-testid="timeline" aria-label="Timeline">
            {debug.frames.map((f) => (
              <li
                key={f.index}
                data-testid="frame"
                aria-current={f.index === debug.index ? 'step' : undefined}
                className={f.index === debug.index ? 'current' : undefined}
              >
                <button type="button" className="frame-button" onClick={() => void gotoFrame(editor, sim, f.index)} title={f.label}>
                  <span className="frame-n">{f.index}</span> {f.label}
                </button>
              </li>
            ))}
          </ol>
          <div className="debug-detail">
            <div className="run-outcome" data-testid="run-outcome" data-phase={frame.phase} data-state={frame.outcome.currentState ?? ''}>
              <strong>{frame.phase}</strong>
              {frame.outcome.currentState ? ` at ${frame.outcome.currentState}` : ''}
              {frame.outcome.error ? ` — ${String(frame.outcome.error.code)}${frame.outcome.error.reason ? `: ${String(frame.outcome.error.reason)}` : ''}` : ''}
              {frame.outcome.httpStatus !== undefined ? ` — HTTP ${frame.outcome.httpStatus}` : ''}
            </div>
            <LastNote notes={frame.trace.slice(-1).map((t) => t.note ?? '')} />
            <SaveAsScenario disabled={debug.busy} />
            <div className="clock">
              <span data-testid="virtual-clock" title="The run's virtual clock">clock {frame.now}</span>
              <input aria-label="Advance by (ISO-8601 duration)" value={advance} onChange={(e) => setAdvance(e.target.value)} size={8} />
              <button
                data-testid="advance-clock"
                disabled={debug.busy || frame.phase !== 'RUNNING' || advanceMs === undefined}
                title={advanceMs === undefined ? 'Write an ISO-8601 duration such as PT10M or P1D' : 'Fire due timers and timeouts'}
                onClick={() => advanceMs !== undefined && void advanceClock(editor, sim, advanceMs, advance)}
              >
                Advance clock
              </button>
            </div>
            {debug.index === last
              ? frame.waiting.map((w) => (
                  <SubmitForm
                    key={`${w.qid}:${debug.index}`}
                    stepId={w.stepId}
                    schema={w.schema}
                    tokens={frame.tokens}
                    certs={frame.certs}
                    busy={debug.busy}
                    onSubmit={(body, request) => void submitStep(editor, sim, w.stepId, body, request)}
                  />
                ))
              : null}
          </div>
          {/* Its own column, scrolling on its own: the context stays in view beside the step's controls. */}
          <div className="debug-context" data-testid="debug-context">
            <ContextInspector context={frame.context} previous={debug.previous?.context} payloadUntrusted={payloadUntrusted(frame.trace, authStates)} />
            <HttpClientView http={frame.http} previous={debug.previous ? (debug.previous.http ?? NO_HTTP) : undefined} now={frame.now} />
          </div>
        </div>
      ) : (
        <p className="hint">Start a run to step through it. The canvas marks the active and visited states.</p>
      )}
    </div>
  );
}

function LastNote({ notes }: { notes: string[] }) {
  const note = notes.find(Boolean);
  if (!note) return null;
  return (
    <div className={`last-note ${/rejected/.test(note) ? 'rejected' : ''}`} data-testid="last-note">
      {note}
    </div>
  );
}
