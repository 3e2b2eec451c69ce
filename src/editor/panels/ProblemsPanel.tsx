/** Every diagnostic of the active journey; click selects the state and reveals the line. */
import { useEditor, useEditorStore } from '../store/editor-context';
import type { EditorDiagnostic } from '../analysis';
import { stateAtPath } from '../graph-view';
import { applyDiagnosticFix } from '../apply-fix';

/** The Problems panel. */
export function ProblemsPanel() {
  const store = useEditorStore();
  const diagnostics = useEditor((s) => s.diagnostics);
  const view = useEditor((s) => s.view);
  const open = (d: EditorDiagnostic) => {
    const s = store.getState();
    const state = view ? stateAtPath(view, d.path) : undefined;
    if (state) s.select([state.qid]);
    s.revealLine(d.line, d.column);
  };
  return (
    <div className="problems" data-testid="problems">
      <div className="panel-title">
        Problems <span className="count">{diagnostics.length}</span>
      </div>
      <ul>
        {diagnostics.map((d, i) => (
          <li
            key={`${d.code}:${d.span.start}:${i}`}
            data-testid="diagnostic"
            data-code={d.code}
            data-severity={d.severity}
            className={`diag diag-${d.severity}`}
            onClick={() => open(d)}
          >
            <span className="diag-code">{d.code}</span>
            <span className="diag-msg">{d.message}</span>
            <span className="diag-pos">
              {d.line}:{d.column}
            </span>
            {d.fix ? (
              <button
                className="fix-button"
                data-testid="quick-fix"
                title={d.fix.title}
                onClick={(e) => {
                  e.stopPropagation();
                  applyDiagnosticFix(store, d);
                }}
              >
                {d.fix.title}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
