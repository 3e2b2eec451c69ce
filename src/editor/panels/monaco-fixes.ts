/** Quick fixes from diagnostics as Monaco code actions (dialect fixes first), and "fix all" per rule. */
import type * as Monaco from 'monaco-editor';
import type { EditorStore } from '../store/editor-store';
import { applyDiagnosticFix, applyDiagnosticFixes } from '../apply-fix';

/** Registers a code action provider for one model; returns its disposer. */
export function registerFixProvider(monaco: typeof Monaco, model: Monaco.editor.ITextModel, store: EditorStore): () => void {
  const commandId = `journey.fix.${model.id}`;
  const cmd = monaco.editor.registerCommand(commandId, (_accessor, index: number, alt?: number) => {
    const d = store.getState().diagnostics[index];
    if (d) applyDiagnosticFix(store, d, alt === undefined ? d.fix : d.alternatives?.[alt]);
  });
  const fixAllId = `journey.fixAll.${model.id}`;
  const fixable = (code: string) => store.getState().diagnostics.filter((d) => d.fix && d.code === code);
  const fixAll = monaco.editor.registerCommand(fixAllId, (_accessor, code: string) => {
    applyDiagnosticFixes(store, fixable(code));
  });
  const provider = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(m, range) {
      if (m !== model) return { actions: [], dispose() {} };
      const here = store
        .getState()
        .diagnostics.map((d, i) => ({ d, i }))
        .filter(({ d }) => d.fix && d.line <= range.endLineNumber && d.endLine >= range.startLineNumber);
      const actions: Monaco.languages.CodeAction[] = here.flatMap(({ d, i }) => [
        {
          title: d.fix?.title ?? 'Fix',
          kind: 'quickfix',
          // Dialect findings (warnings with a canonical-form fix) come first, as dsl-rules.md asks.
          isPreferred: d.severity === 'warning',
          command: { id: commandId, title: d.fix?.title ?? 'Fix', arguments: [i] },
        },
        ...(d.alternatives ?? []).map((fix, alt) => ({
          title: fix.title,
          kind: 'quickfix',
          command: { id: commandId, title: fix.title, arguments: [i, alt] },
        })),
      ]);
      for (const code of new Set(here.map(({ d }) => d.code))) {
        const count = fixable(code).length;
        if (count < 2) continue;
        const title = `Fix all ${count} ${code} findings in this file`;
        actions.push({ title, kind: 'quickfix', command: { id: fixAllId, title, arguments: [code] } });
      }
      return { actions, dispose() {} };
    },
  });
  return () => {
    cmd.dispose();
    fixAll.dispose();
    provider.dispose();
  };
}
