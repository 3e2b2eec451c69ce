/**
 * Scenario suite of the active journey: open/edit/export the scenario file,
 * run every scenario in the worker with progress, see why each failed, and
 * what the suite left uncovered.
 */
import { useMemo, useState } from 'react';
import { useEditorStore } from '../store/editor-context';
import { download } from '../files/download';
import { CoverageReport } from './CoverageReport';
import { ScenarioEditor } from './ScenarioEditor';
import { runSuite, startDebug, stopSimulation } from './sim-actions';
import { scenarioNames } from './scenario-names';
import { useSim, useSimStore } from './use-sim';

/** The scenarios half of the Simulation panel. */
export function ScenariosPanel() {
  const editor = useEditorStore();
  const sim = useSimStore();
  const suite = useSim((s) => s.suite);
  const fileName = useSim((s) => s.scenarioFileName);
  const scenarioText = useSim((s) => s.scenarioText);
  const hasText = scenarioText.trim().length > 0;
  const [editing, setEditing] = useState(false);
  // Scenarios of the file with no result yet (none run, or added since): listed so a reviewer sees what the suite holds.
  const pending = useMemo(() => {
    const ran = new Set(suite.results.map((r) => r.name));
    return scenarioNames(scenarioText).filter((name) => !ran.has(name));
  }, [scenarioText, suite.results]);

  const percent = suite.total ? Math.round((suite.done / suite.total) * 100) : 0;
  return (
    <div className="sim-scenarios">
      <div className="sim-bar">
        <button data-testid="run-scenarios" disabled={suite.running || !hasText} onClick={() => void runSuite(editor, sim)}>
          Run all
        </button>
        <button data-testid="stop-simulation" disabled={!suite.running} onClick={() => stopSimulation(sim)}>
          Stop
        </button>
        <button onClick={() => setEditing(!editing)} aria-pressed={editing}>
          {editing ? 'Hide file' : 'Edit file'}
        </button>
        <button disabled={!hasText} onClick={() => download(fileName, sim.getState().scenarioText, 'application/yaml')}>
          Export
        </button>
        <span className="sim-file" title="scenario file">
          {hasText ? fileName : 'no scenario file'}
        </span>
      </div>
      {suite.running ? (
        <div className="sim-progress">
          <progress data-testid="suite-progress" value={suite.done} max={suite.total || 1} />
          <span>
            {percent}% {suite.current ? `— ${suite.current}` : ''}
          </span>
        </div>
      ) : null}
      {suite.error ? (
        <div className="sim-error" role="alert">
          {suite.error}
        </div>
      ) : null}
      {editing ? <ScenarioEditor /> : null}
      <ul className="sim-results">
        {suite.results.map((r) => (
          <li key={r.name} data-testid="scenario-result" data-name={r.name} data-passed={String(r.passed)} className={r.passed ? 'pass' : 'fail'}>
            <span className="sim-mark">{r.passed ? '✓' : '✗'}</span>
            <span className="sim-name">{r.name}</span>
            <span className="sim-outcome">
              {r.outcome.phase}
              {r.outcome.currentState ? ` at ${r.outcome.currentState}` : ''}
              {r.outcome.error && typeof r.outcome.error === 'object' && 'code' in r.outcome.error ? ` — ${String(r.outcome.error.code)}` : ''}
              {r.outcome.httpStatus !== null ? ` — HTTP ${r.outcome.httpStatus}` : ''}
            </span>
            <button className="link" onClick={() => void startDebug(editor, sim, r.name, true)} title="Replay this scenario in the debugger">
              Debug
            </button>
            {r.failures.length ? (
              <ul className="sim-failures">
                {r.failures.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
        {pending.map((name) => (
          <li key={`pending:${name}`} data-testid="scenario-pending" data-name={name} className="pending">
            <span className="sim-mark">○</span>
            <span className="sim-name">{name}</span>
            <span className="sim-outcome">not run</span>
            <button className="link" onClick={() => void startDebug(editor, sim, name, true)} title="Run this scenario in the debugger">
              Debug
            </button>
          </li>
        ))}
      </ul>
      {suite.coverage && !suite.running ? <CoverageReport coverage={suite.coverage} /> : null}
    </div>
  );
}
