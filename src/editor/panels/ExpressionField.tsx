/**
 * An expression of a state (a choice predicate, a mapper) as a small Monaco editor: edit, then blur or
 * Ctrl+Enter commits it to the YAML (one undo step); problems located inside
 * the expression are squiggles in it (as in the code pane) and listed under it.
 */
import { useEffect, useRef, useState } from 'react';
import type * as MonacoNs from 'monaco-editor';
import { useEditor, useEditorStore } from '../store/editor-context';
import type { ViewNode } from '../graph-view';
import { commitExpression, exprAt, siteOf } from '../inspector/expression-actions';
import { DATAWEAVE, registerDataWeave } from '../inspector/dataweave-language';
import { exprMarkers, shownExpr } from '../inspector/expr-markers';
import { loadMonaco } from './monaco-setup';
import { InlineProblems } from './InlineProblems';
import { tabMovesFocus } from './tab-policy';
import type { EditorStore } from '../store/editor-store';

/** The field grows with its text up to this height, then scrolls. */
const MAX_PX = 8 * 18;
const MARKER_OWNER = 'journey';
let models = 0;

/**
 * Squiggles for the problems inside the predicate, when the analysis is of the
 * current text and the field shows that text (mid-edit, Monaco moves the
 * markers along with the typing; they are placed again once it is committed or undone).
 */
function placeMarkers(monaco: typeof MonacoNs, model: MonacoNs.editor.ITextModel, store: EditorStore, sitePath: string): void {
  const s = store.getState();
  const target = exprAt(store, sitePath);
  if (s.analyzedText !== s.text || !target || model.getValue() !== shownExpr(target.expr)) return;
  const site = siteOf(store, target);
  const markers = site?.exprNode ? exprMarkers(s.text, { expr: site.expr, exprNode: site.exprNode }, s.diagnostics) : [];
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
}

export interface ExpressionFieldProps {
  state: ViewNode;
  /** The `{lang, expr}` mapping, relative to the state: `choices[0].when.predicate`, `transform.mapper`. */
  at: string;
  /** For a choice predicate: its branch (a test hook, and the edge label shown when it is not `{lang, expr}`). */
  choiceIndex?: number;
  /** The field's name, for assistive technology (a choice's branch is named by its number). */
  label?: string;
}

/** One expression of `state`. */
export function ExpressionField({ state, at, choiceIndex, label: fieldLabel }: ExpressionFieldProps) {
  const sitePath = `${state.path}.${at}`;
  const store = useEditorStore();
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [height, setHeight] = useState(18);
  const [error, setError] = useState<string | undefined>();
  const text = useEditor((s) => s.text);
  const diagnostics = useEditor((s) => s.diagnostics);
  const target = exprAt(store, sitePath);
  const span = target?.span;
  // Only diagnostics of the analysed text map onto the current spans.
  const analyzed = useEditor((s) => s.analyzedText === s.text);
  const mine = analyzed && span ? diagnostics.filter((d) => d.span.start >= span.start && d.span.end <= span.end) : [];
  const editorRef = useRef<MonacoNs.editor.IStandaloneCodeEditor | undefined>(undefined);
  const expr = target ? shownExpr(target.expr) : '';
  const label = useEditor((s) => s.view?.edges.find((e) => e.source === state.qid && e.via === 'choice' && e.choiceIndex === choiceIndex)?.label);

  useEffect(() => {
    let disposed = false;
    const cleanups: Array<() => void> = [];
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      registerDataWeave(monaco);
      const model = monaco.editor.createModel(
        shownExpr(exprAt(store, sitePath)?.expr ?? ''),
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
        // A one-line editor would clip the hover of a squiggle.
        fixedOverflowWidgets: true,
        ariaLabel: `Expression ${at}: Ctrl+Enter applies it, Escape takes back the typing, Tab goes to the next field`,
      });
      editorRef.current = editor;
      const place = () => placeMarkers(monaco, model, store, sitePath);
      const commit = () => {
        const res = commitExpression(store, sitePath, model.getValue());
        setError(res.ok ? undefined : res.error);
      };
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, commit);
      const subs = [
        editor.onDidBlurEditorText(commit),
        // Escape takes back what was typed since the last commit.
        editor.onKeyDown((e) => {
          if (e.keyCode === monaco.KeyCode.Escape) model.setValue(shownExpr(exprAt(store, sitePath)?.expr ?? ''));
        }),
        // Content height counts wrapped rows too: sizing by model lines hid the wrapped end (and its squiggle).
        editor.onDidContentSizeChange((e) => setHeight(e.contentHeight)),
        model.onDidChangeContent(place),
        // A one-purpose field of the inspector's form: Tab goes on to the next control (see tab-policy).
        tabMovesFocus(editor),
      ];
      const unsub = store.subscribe((s, prev) => {
        if (s.diagnostics !== prev.diagnostics) place();
      });
      place();
      setHeight(editor.getContentHeight());
      cleanups.push(() => {
        for (const s of subs) s.dispose();
        unsub();
        editorRef.current = undefined;
        monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
        editor.dispose();
        model.dispose();
      });
      setReady(true);
    });
    return () => {
      disposed = true;
      for (const c of cleanups) c();
    };
  }, [store, sitePath, at]);

  // Its name for assistive technology (Monaco's own is "Editor content").
  const ariaLabel = choiceIndex !== undefined ? `Condition of branch ${choiceIndex + 1}` : `${fieldLabel ?? at} expression`;
  useEffect(() => editorRef.current?.updateOptions({ ariaLabel }), [ariaLabel, ready]);

  // Follow the text (undo, code-pane edits) while the field is not being edited.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || editor.hasTextFocus()) return;
    if (editor.getValue() !== expr) editor.setValue(expr);
  }, [text, expr, ready]);

  if (!target) {
    return (
      <pre className="expr" data-testid="expression" data-at={at} title="not written as {lang, expr}: edit it in the code pane">
        {label ?? ''}
      </pre>
    );
  }
  return (
    <div className="expr-field" data-testid="expression" data-at={at} data-choice-index={choiceIndex} data-ready={ready ? 'true' : 'false'}>
      <div
        className="expr-editor nodrag"
        ref={host}
        style={{ height: Math.min(MAX_PX, height) + 6, border: '1px solid #d0d4dc', borderRadius: 3 }}
      />
      {error ? <span className="field-error">{error}</span> : null}
      <InlineProblems problems={mine} testId="expression-problems" />
    </div>
  );
}
