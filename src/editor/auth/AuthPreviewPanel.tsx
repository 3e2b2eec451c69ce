/**
 * The Problem Details branch preview of the active journey: for the selected
 * auth state (or all of them) every outcome with its Problem, path and end;
 * hover or click paints the path on the canvas. Also hosts the editable `OK`
 * principal and the guard templates for the selected state.
 */
import { useCallback } from 'react';
import type { PreviewAuthState, PreviewOutcome } from '../../core/auth/preview-types';
import { useEditor, useEditorStore } from '../store/editor-context';
import { applyInsertCheck } from './guard-actions';
import { GuardMenu } from './GuardMenu';
import { OutcomeRow } from './OutcomeRow';
import { PrincipalEditor } from './PrincipalEditor';
import { useAuthPreview, usePrincipal } from './use-auth-preview';
import { usePathHighlight, type PathHighlight } from './use-path-highlight';
import './auth.css';

/** The auth preview panel. */
export function AuthPreviewPanel() {
  const store = useEditorStore();
  const text = useEditor((s) => s.text);
  const fileName = useEditor((s) => s.fileName);
  const docId = useEditor((s) => s.docId);
  const selection = useEditor((s) => s.selection);
  const [principal, edited, setPrincipal] = usePrincipal(docId);
  const { result, busy } = useAuthPreview(text, fileName, principal);
  const highlight = usePathHighlight(store);
  const selected = selection.length === 1 ? selection[0] : undefined;
  const all = result && 'preview' in result ? result.preview.authStates : [];
  const focused = all.filter((s) => s.state === selected);
  const shown = focused.length ? focused : all;
  return (
    <div className="auth-preview" data-testid="auth-preview" data-busy={busy ? 'true' : 'false'}>
      <div className="panel-title">
        Auth preview <span className="count">{all.length}</span>
        {result && 'ms' in result ? <span className="auth-ms">{result.ms} ms</span> : null}
      </div>
      {result && 'error' in result ? (
        <div className="auth-error" role="alert">
          {result.error}
        </div>
      ) : null}
      {selected ? <GuardMenu key={selected} at={selected} /> : <p className="hint">Select a state to insert a guard before it.</p>}
      <PrincipalEditor key={`${docId}:${edited ? 'edited' : 'default'}`} principal={principal} edited={edited} onChange={setPrincipal} />
      {result && 'preview' in result && !all.length ? <p className="hint">No auth task in this journey: every request reaches it unchecked.</p> : null}
      {focused.length === 0 && selected && all.length ? <p className="hint">Showing every auth state; select one to focus on it.</p> : null}
      {shown.map((s) => (
        <AuthStateBlock key={s.state} s={s} highlight={highlight} />
      ))}
    </div>
  );
}

function AuthStateBlock({ s, highlight }: { s: PreviewAuthState; highlight: PathHighlight }) {
  const store = useEditorStore();
  const { show, clear, togglePin, pinned } = highlight;
  const onHover = useCallback((o: PreviewOutcome | undefined) => (o ? show(o) : clear()), [show, clear]);
  const flagged = s.outcomes.filter((o) => o.indistinguishableFromOk).map((o) => o.code);
  const reveal = () => store.getState().select([s.state]);
  return (
    <section className="auth-state" data-auth-state={s.state}>
      <header>
        <button className="link" onClick={reveal} title="Select on the canvas">
          {s.state}
        </button>
        <span className="auth-plugin">{s.plugin}</span>
        <span className="auth-target">
          → {s.target} (profile {s.profile})
        </span>
      </header>
      {flagged.length ? (
        <div className="auth-flag" data-testid="auth-unchecked">
          {flagged.length === s.outcomes.length - 1 ? 'No failure is told apart from OK' : `${flagged.join(', ')} end like OK`}
          <button
            className="fix-button"
            onClick={() => {
              const r = applyInsertCheck(store, s.state);
              if (!r.ok) store.getState().notify(r.error);
            }}
          >
            Route on the result
          </button>
        </div>
      ) : null}
      <ul className="auth-outcomes">
        {s.outcomes.map((o) => (
          <OutcomeRow key={o.code} state={s.state} outcome={o} pinned={pinned === `${s.state}|${o.code}`} onHover={onHover} onPin={togglePin} />
        ))}
      </ul>
    </section>
  );
}
