/** Quick fixes from diagnostics as Monaco code actions (dialect fixes first). */
import type * as Monaco from 'monaco-editor';
import type { EditorStore } from '../store/editor-store';
import { applyDiagnosticFix } from '../apply-fix';

/** Registers a code action provider for one model; returns its disposer. */
export function registerFixProvider(monaco: typeof Monaco, model: Monaco.editor.ITextModel, store: EditorStore): () => void {
  const commandId = `journey.fix.${model.id}`;
  const cmd = monaco.editor.registerCommand(commandId, (_accessor, index: number) => {
    const d = store.getState().diagnostics[index];
    if (d) applyDiagnosticFix(store, d);
  });
  const provider = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(m, range) {
      if (m !== model) return { actions: [], dispose() {} };
      const actions = store
        .getState()
        .diagnostics.map((d, i) => ({ d, i }))
        .filter(({ d }) => d.fix && d.line <= range.endLineNumber && d.endLine >= range.startLineNumber)
        .map(({ d, i }) => ({
          title: d.fix?.title ?? 'Fix',
          kind: 'quickfix',
          // Dialect findings (warnings with a canonical-form fix) come first, as dsl-rules.md asks.
          isPreferred: d.severity === 'warning',
          command: { id: commandId, title: d.fix?.title ?? 'Fix', arguments: [i] },
        }));
      return { actions, dispose() {} };
    },
  });
  return () => {
    cmd.dispose();
    provider.dispose();
  };
}
