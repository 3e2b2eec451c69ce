/**
 * The HTTP mock of the selected `httpCall:v1` node, edited in place: status,
 * body, or a TIMEOUT/NETWORK error. It is written into the journey's scenario
 * file as a `match: { state }` mock, ahead of the file's other mocks.
 */
import { useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { findMock, setStateMock, type MockAnswer } from './mock-edit';
import { useSim, useSimStore } from './use-sim';
import { liteAnalysis } from '../commands';
import { child, str } from '../../core/yaml-nodes';
import { findOperation, openApiRefsIn } from '../files/api-library';
import { useWorkspaceApis } from '../workspace/workspace-context';
import type { OpenApiOperation } from '../../core/openapi-lookup';

/** Registered in the panel registry (right side bar). */
export function MockPanel() {
  const sim = useSimStore();
  const selection = useEditor((s) => s.selection);
  const view = useEditor((s) => s.view);
  const scenarioText = useSim((s) => s.scenarioText);
  const node = view?.nodes.find((n) => n.qid === selection[0]);
  if (!node || node.taskKind !== 'httpCall:v1') {
    return <p className="hint">Select an httpCall:v1 task to see and edit the response the simulator gives it.</p>;
  }
  return <MockEditor key={`${node.qid}:${scenarioText.length}`} state={node.id} qid={node.qid} sim={sim} text={scenarioText} />;
}

/** The OpenAPI operation the state's operationRef names, when its document is open in the workspace. */
function useOperation(qid: string): OpenApiOperation | undefined {
  const store = useEditorStore();
  const apis = useWorkspaceApis();
  useEditor((s) => s.text);
  const { model, source } = liteAnalysis(store);
  const task = model.states.find((s) => s.qid === qid)?.task;
  const operationRef = task ? str(child(task.node, 'operationRef')) : undefined;
  return operationRef ? findOperation(openApiRefsIn(source.root), apis, operationRef) : undefined;
}

function MockEditor({ state, qid, sim, text }: { state: string; qid: string; sim: ReturnType<typeof useSimStore>; text: string }) {
  const operation = useOperation(qid);
  const current = useMemo(() => findMock(text, { state }), [text, state]);
  const answer = current?.answer;
  const [kind, setKind] = useState<'response' | 'TIMEOUT' | 'NETWORK'>(answer && 'error' in answer ? answer.error : 'response');
  const [status, setStatus] = useState(String(answer && 'status' in answer ? answer.status : 200));
  const [body, setBody] = useState(answer && 'status' in answer && answer.body !== undefined ? JSON.stringify(answer.body, null, 2) : '{}');
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    let next: MockAnswer;
    if (kind !== 'response') next = { error: kind };
    else {
      const code = Number(status);
      if (!Number.isInteger(code) || code < 100 || code > 599) return setError('Status must be an HTTP status code (100–599)');
      try {
        next = { status: code, body: JSON.parse(body) as unknown };
      } catch {
        return setError('The body is not valid JSON');
      }
    }
    try {
      sim.getState().setScenarios(sim.getState().scenarioFileName, setStateMock(text, state, next));
      setError(undefined);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="mock-panel inspector" data-testid="mock-panel">
      <div className="panel-title">Mock for {state}</div>
      <p className="hint">{current ? `Answered by a mock matched by ${current.by}.` : 'No mock: the simulator answers 200 {} and notes it in the trace.'}</p>
      {operation ? (
        <p className="hint" data-testid="mock-operation">
          {operation.method} {operation.path}
          {operation.responses.length ? ` · documented: ${operation.responses.map((r) => r.status).join(', ')}` : ''}
        </p>
      ) : null}
      <label>
        Answer
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="response">HTTP response</option>
          <option value="TIMEOUT">timeout</option>
          <option value="NETWORK">network error</option>
        </select>
      </label>
      {kind === 'response' ? (
        <>
          <label>
            Status
            <input
              data-testid="mock-status"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              list={operation ? 'mock-status-documented' : undefined}
            />
          </label>
          {operation ? (
            <datalist id="mock-status-documented">
              {operation.responses
                .filter((r) => /^\d{3}$/.test(r.status))
                .map((r) => (
                  <option key={r.status} value={r.status}>
                    {r.description}
                  </option>
                ))}
            </datalist>
          ) : null}
          <label>
            Body (JSON)
            <textarea data-testid="mock-body" value={body} onChange={(e) => setBody(e.target.value)} rows={5} spellCheck={false} />
          </label>
        </>
      ) : null}
      <button data-testid="mock-save" onClick={save}>
        Save mock
      </button>
      {error ? <div className="field-error">{error}</div> : null}
    </div>
  );
}
