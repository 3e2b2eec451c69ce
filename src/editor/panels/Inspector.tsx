/** The selected state's form: id, its fields, transitions, its problems, and actions. Every edit is a core command. */
import { useEffect, useState } from 'react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { canRun, runCommand } from '../commands';
import type { ConnectVia } from '../../core/commands/types';
import type { GraphView, ViewNode } from '../graph-view';
import { lookOf } from '../canvas/state-style';
import { duplicateStates, removeStates } from '../canvas/selection-actions';
import { ExpressionField } from './ExpressionField';
import { isWithin, StateFields } from './StateFields';
import { InlineProblems } from './InlineProblems';
import { fieldsFor } from '../inspector/state-fields';
import { retargetChoice } from '../inspector/expression-actions';
import { ApiDocuments } from './ApiDocuments';

import { Welcome } from '../Welcome';

/** The inspector panel. */
export function Inspector() {
  const view = useEditor((s) => s.view);
  const selection = useEditor((s) => s.selection);
  const node = selection.length === 1 ? view?.nodes.find((n) => n.qid === selection[0]) : undefined;
  if (!view || !node) {
    return (
      <div className="inspector" data-testid="inspector">
        <div className="panel-title">Inspector</div>
        <p className="hint">{selection.length > 1 ? `${selection.length} states selected` : 'Select a state on the canvas.'}</p>
        {selection.length > 1 ? null : <Welcome />}
        {selection.length > 1 ? <MultiActions ids={selection} /> : <ApiDocuments />}
      </div>
    );
  }
  return <StateForm key={node.qid} view={view} node={node} />;
}

function MultiActions({ ids }: { ids: string[] }) {
  const store = useEditorStore();
  return (
    <div className="actions">
      <button onClick={() => duplicateStates(store, ids)}>Duplicate</button>
      <button onClick={() => removeStates(store, ids)}>Delete</button>
    </div>
  );
}

function StateForm({ view, node }: { view: GraphView; node: ViewNode }) {
  const store = useEditorStore();
  const diagnostics = useEditor((s) => s.diagnostics);
  const [id, setId] = useState(node.id);
  const [idError, setIdError] = useState<string | undefined>();
  useEffect(() => setId(node.id), [node.id]);
  const look = lookOf(node.type, node.taskKind);
  const siblings = view.nodes.filter((n) => n.parent === node.parent && n.scope === node.scope && n.qid !== node.qid);
  const out = view.edges.filter((e) => e.source === node.qid);
  const mine = diagnostics.filter((d) => isWithin(d.path, node.path));
  // Problems inside a field are listed under that field; the rest (the state as a whole) below the form.
  const fieldPaths = fieldsFor(node.type, node.taskKind).map((f) => `${node.path}.${f.at}`);
  const general = mine.filter((d) => !fieldPaths.some((p) => isWithin(d.path, p)));
  const rename = () => {
    if (id === node.id) return setIdError(undefined);
    const ok = canRun(store, 'state.rename', { state: node.qid, to: id });
    if (ok !== true) return setIdError(ok);
    const res = runCommand(store, 'state.rename', { state: node.qid, to: id });
    if (!res.ok) return setIdError(res.error);
    setIdError(undefined);
    const prefix = node.qid.slice(0, node.qid.length - node.id.length);
    store.getState().select([prefix + id]);
  };
  const connect = (via: ConnectVia, to: string, choiceIndex?: number) => {
    const current = out.find((e) => e.via === via && (choiceIndex === undefined || e.choiceIndex === choiceIndex));
    // An existing branch is retargeted in place (`transition.connect` would add a new branch).
    const res = to && via === 'choice' && choiceIndex !== undefined
      ? retargetChoice(store, node.qid, choiceIndex, to)
      : to
      ? runCommand(store, 'transition.connect', { from: node.qid, to, via })
      : runCommand(store, 'transition.disconnect', { from: node.qid, via, to: current?.target, choiceIndex });
    if (!res.ok) store.getState().notify(res.error);
  };
  const target = (via: string) => out.find((e) => e.via === via)?.target ?? '';
  const terminal = node.type === 'succeed' || node.type === 'fail';
  return (
    <div className="inspector" data-testid="inspector" data-state={node.qid}>
      <div className="panel-title">
        <span className="state-icon" style={{ background: look.color }} aria-hidden>
          {look.icon}
        </span>
        {node.taskKind ?? node.type}
      </div>
      <label>
        id
        <input
          data-testid="inspector-id"
          className="nodrag"
          value={id}
          onChange={(e) => setId(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
            if (e.key === 'Escape') setId(node.id);
          }}
          aria-invalid={!!idError}
        />
        {idError ? <span className="field-error">{idError}</span> : null}
      </label>
      <div className="field-ro">
        type <code>{node.type}</code> · line {node.line}
      </div>
      <StateFields state={node} diagnostics={mine} />
      {!terminal && node.type !== 'choice' ? (
        <TargetSelect label="next" value={target('next') || target('waitDefault') || target('stateDefault')} options={siblings} onChange={(t) => connect('next', t)} />
      ) : null}
      {node.type === 'choice' ? (
        <>
          {out
            .filter((e) => e.via === 'choice')
            .map((e) => (
              <div key={e.id} className="choice-row">
                <ExpressionField state={node} at={`choices[${e.choiceIndex ?? 0}].when.predicate`} choiceIndex={e.choiceIndex ?? 0} />
                <TargetSelect label={`→ when #${(e.choiceIndex ?? 0) + 1}`} value={e.target} options={siblings} onChange={(t) => connect('choice', t, e.choiceIndex)} />
              </div>
            ))}
          <TargetSelect label="default" value={target('default')} options={siblings} onChange={(t) => connect('default', t)} />
        </>
      ) : null}
      {node.type === 'wait' || node.type === 'webhook' ? (
        <TargetSelect label="onTimeout" value={target('onTimeout')} options={siblings} onChange={(t) => connect('onTimeout', t)} />
      ) : null}
      <InlineProblems problems={general} testId="state-problems" />
      <div className="actions">
        <button onClick={() => duplicateStates(store, [node.qid])}>Duplicate</button>
        <button onClick={() => removeStates(store, [node.qid])}>Delete</button>
      </div>
    </div>
  );
}

function TargetSelect(props: { label: string; value: string; options: ViewNode[]; onChange: (to: string) => void }) {
  return (
    <label>
      {props.label}
      <select className="nodrag" value={props.value} onChange={(e) => props.onChange(e.target.value)} data-field={props.label} data-testid="target-select">
        <option value="">—</option>
        {props.options.map((o) => (
          <option key={o.qid} value={o.qid}>
            {o.id}
          </option>
        ))}
      </select>
    </label>
  );
}
