/**
 * Every diagnostic of the active journey; click selects the state and reveals the line.
 * Each severity can be hidden (a journey in an accepted dialect has many warnings).
 */
import { useState } from 'react';
import { useEditor, useEditorStore } from '../store/editor-context';
import type { EditorDiagnostic } from '../analysis';
import type { Severity } from '../../core/diagnostics';
import { stateAtPath } from '../graph-view';
import { applyDiagnosticFix, applyDiagnosticFixes } from '../apply-fix';

const SEVERITIES: readonly { id: Severity; one: string; many: string }[] = [
  { id: 'error', one: 'error', many: 'errors' },
  { id: 'warning', one: 'warning', many: 'warnings' },
  { id: 'info', one: 'info', many: 'info' },
];

/** The Problems panel. */
export function ProblemsPanel() {
  const store = useEditorStore();
  const all = useEditor((s) => s.diagnostics);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(() => new Set());
  const diagnostics = hidden.size ? all.filter((d) => !hidden.has(d.severity)) : all;
  // Findings of one rule with fixes: applied together from any of them ("all N"), like a linter's fix-all.
  const fixableByCode = new Map<string, EditorDiagnostic[]>();
  for (const d of all) if (d.fix) fixableByCode.set(d.code, [...(fixableByCode.get(d.code) ?? []), d]);
  const toggle = (severity: Severity) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
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
        Problems <span className="count">{all.length}</span>
        <span className="severity-filters">
          {SEVERITIES.map(({ id, one, many }) => {
            const count = all.filter((d) => d.severity === id).length;
            const label = count === 1 ? one : many;
            return (
              <button
                key={id}
                className={`severity-filter diag-${id}`}
                data-testid="severity-filter"
                data-severity={id}
                aria-pressed={!hidden.has(id)}
                title={hidden.has(id) ? `Show ${many}` : `Hide ${many}`}
                onClick={() => toggle(id)}
              >
                {count} {label}
              </button>
            );
          })}
        </span>
      </div>
      <ul>
        {diagnostics.map((d, i) => (
          <li
            key={`${d.code}:${d.span.start}:${i}`}
            data-testid="diagnostic"
            data-code={d.code}
            data-severity={d.severity}
            data-line={d.line}
            className={`diag diag-${d.severity}`}
            onClick={() => open(d)}
            // Reachable without a mouse: Tab to a problem, Enter to go to it.
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
                e.preventDefault();
                open(d);
              }
            }}
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
            {d.alternatives?.map((fix) => (
              <button
                key={fix.title}
                className="fix-button"
                data-testid="quick-fix-alt"
                title={fix.title}
                onClick={(e) => {
                  e.stopPropagation();
                  applyDiagnosticFix(store, d, fix);
                }}
              >
                {fix.title}
              </button>
            ))}
            {d.fix && (fixableByCode.get(d.code)?.length ?? 0) > 1 ? (
              <button
                className="fix-button"
                data-testid="fix-all-code"
                title={`Apply every ${d.code} fix in this file (one undo step)`}
                onClick={(e) => {
                  e.stopPropagation();
                  applyDiagnosticFixes(store, fixableByCode.get(d.code)!);
                }}
              >
                all {fixableByCode.get(d.code)!.length}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
