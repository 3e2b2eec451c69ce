/**
 * A choice branch's predicate as a small Monaco editor: edit, then blur or
 * Ctrl+Enter commits it to the YAML (one undo step); problems located inside
 * the expression are listed under it.
 */
import { useEffect, useRef, useState } from 'react';
import type * as MonacoNs from 'monaco-editor';
import { useEditor, useEditorStore } from '../store/editor-context';
import type { ViewNode } from '../graph-view';
import { commitPredicate, predicateOf } from '../inspector/expression-actions';
import { DATAWEAVE, registerDataWeave } from '../inspector/dataweave-language';
import { loadMonaco } from './monaco-setup';

const LINE_PX = 18;
let models = 0;

/** The predicate of choice branch `choiceIndex` of `state`. */
export function ExpressionField({ state, choiceIndex }: { state: ViewNode; choiceIndex: number }) {
  const store = useEditorStore();
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [lines, setLines] = useState(1);
  const [error, setError] = useState<string | undefined>();
  const text = useEditor((s) => s.text);
  const diagnostics = useEditor((s) => s.diagnostics);
  const target = predicateOf(store, state.qid, choiceIndex);
  const span = target?.span;
  // Only diagnostics of the analysed text map onto the current spans.
  const analyzed = useEditor((s) => s.analyzedText === s.text);
  const mine = analyzed && span ? diagnostics.filter((d) => d.span.start >= span.start && d.span.end <= span.end) : [];
  const editorRef = useRef<MonacoNs.editor.IStandaloneCodeEditor | undefined>(undefined);
  const expr = target?.expr.replace(/\n$/, '') ?? '';
  const label = useEditor((s) => s.view?.edges.find((e) => e.source === state.qid && e.via === 'choice' && e.choiceIndex === choiceIndex)?.label);

  useEffect(() => {
    let disposed = false;
    const cleanups: Array<() => void> = [];
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      registerDataWeave(monaco);
      const model = monaco.editor.createModel(
        predicateOf(store, state.qid, choiceIndex)?.expr.replace(/\n$/, '') ?? '',
        DATAWEAVE,
        monaco.Uri.parse(`inmemory://expression/${++models}`),
      );
      const editor = monaco.editor.create(host.current, {
        model,
        automaticLayout: true,
        minimap: { enabled: false },
        lineNumbers: 'off',
        glyphMargin: false,
        folding: false,
        fontSize: 12,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        renderLineHighlight: 'none',
        overviewRulerLanes: 0,
        scrollbar: { vertical: 'hidden', alwaysConsumeMouseWheel: false },
      });
      editorRef.current = editor;
      const commit = () => {
        const res = commitPredicate(store, state.qid, choiceIndex, model.getValue());
        setError(res.ok ? undefined : res.error);
      };
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, commit);
      const subs = [
        editor.onDidBlurEditorText(commit),
        // Escape takes back what was typed since the last commit.
        editor.onKeyDown((e) => {
          if (e.keyCode === monaco.KeyCode.Escape) model.setValue(predicateOf(store, state.qid, choiceIndex)?.expr.replace(/\n$/, '') ?? '');
        }),
        model.onDidChangeContent(() => setLines(model.getLineCount())),
      ];
      setLines(model.getLineCount());
      cleanups.push(() => {
        for (const s of subs) s.dispose();
        editorRef.current = undefined;
        editor.dispose();
        model.dispose();
      });
      setReady(true);
    });
    return () => {
      disposed = true;
      for (const c of cleanups) c();
    };
  }, [store, state.qid, choiceIndex]);

  // Follow the text (undo, code-pane edits) while the field is not being edited.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || editor.hasTextFocus()) return;
    if (editor.getValue() !== expr) editor.setValue(expr);
  }, [text, expr, ready]);

  if (!target) {
    return (
      <pre className="expr" data-testid="expression" title="predicate (edit it in the code pane)">
        {label ?? ''}
      </pre>
    );
  }
  return (
    <div className="expr-field" data-testid="expression" data-choice-index={choiceIndex} data-ready={ready ? 'true' : 'false'}>
      <div
        className="expr-editor nodrag"
        ref={host}
        style={{ height: Math.min(8, Math.max(1, lines)) * LINE_PX + 6, border: '1px solid #d0d4dc', borderRadius: 3 }}
      />
      {error ? <span className="field-error">{error}</span> : null}
      {mine.length ? (
        <ul className="inline-problems" data-testid="expression-problems">
          {mine.map((d, i) => (
            <li key={i} className={`diag-${d.severity}`} data-code={d.code}>
              <code>{d.code}</code> {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
