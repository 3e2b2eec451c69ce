/**
 * One Monaco editor for journey YAML, made once per page and moved into
 * whichever code pane is mounted. Opening a journey or switching tabs used to
 * create and dispose a whole editor (its services, keybindings and view):
 * ~150 ms of the main thread per switch on a 1,000-state journey, while the
 * canvas waited. Each open journey keeps its own model and its view state
 * (caret, scroll, folds) until it is closed (`releaseJourneyModel`).
 */
import type * as Monaco from 'monaco-editor';
import { leaveWithEscapeThenTab } from './tab-policy';

type MonacoNs = typeof Monaco;

/** What the mounted pane does with the editor's own undo/redo keys. */
export interface HistoryKeys {
  undo(): void;
  redo(): void;
}

export interface AttachedEditor {
  editor: Monaco.editor.IStandaloneCodeEditor;
  model: Monaco.editor.ITextModel;
  /** Takes the editor out of the host, remembering where the user was in this journey. */
  detach(): void;
}

interface SharedEditor {
  editor: Monaco.editor.IStandaloneCodeEditor;
  element: HTMLDivElement;
  keys: HistoryKeys | undefined;
}

let shared: SharedEditor | undefined;
let built: () => void = () => undefined;
const builtOnce = new Promise<void>((resolve) => (built = resolve));

/** Resolves once the page's journey editor exists and has drawn its first frame (the canvas's first draw waits for it). */
export function whenJourneyEditorBuilt(): Promise<void> {
  return builtOnce;
}
const models = new Map<string, Monaco.editor.ITextModel>();
const viewStates = new Map<string, Monaco.editor.ICodeEditorViewState>();

/** Shows the journey `docId` in `host`, creating the editor on first use. */
export function attachJourneyEditor(
  monaco: MonacoNs,
  host: HTMLElement,
  doc: { docId: string; fileName: string; text: string },
  options: Monaco.editor.IStandaloneEditorConstructionOptions,
  keys: HistoryKeys,
): AttachedEditor {
  if (!shared) {
    shared = createShared(monaco, options);
    requestAnimationFrame(() => setTimeout(built, 0));
  }
  const s = shared;
  host.appendChild(s.element);
  // Sized to this host before the view state comes back: restoring first clamped the scroll to
  // the previous host's height, so the line the caret was on could come back just out of view.
  s.editor.layout();
  const model = journeyModel(monaco, doc);
  if (s.editor.getModel() !== model) {
    s.editor.setModel(model);
    const state = viewStates.get(doc.docId);
    if (state) s.editor.restoreViewState(state);
  }
  s.keys = keys;
  // Monaco's own automaticLayout misses a host that grows back after the editor moved in (opening
  // a file shrinks the pane for a moment): the editor stayed short and hid the last lines.
  const resized = new ResizeObserver(() => s.editor.layout());
  resized.observe(host);
  let attached = true;
  return {
    editor: s.editor,
    model,
    detach() {
      if (!attached) return;
      attached = false;
      resized.disconnect();
      if (s.editor.getModel() === model && !model.isDisposed()) {
        const state = s.editor.saveViewState();
        if (state) viewStates.set(doc.docId, state);
      }
      if (s.keys === keys) s.keys = undefined;
      s.element.remove();
    },
  };
}

/** Forgets a closed journey's model and view state. */
export function releaseJourneyModel(docId: string): void {
  viewStates.delete(docId);
  const model = models.get(docId);
  models.delete(docId);
  if (!model) return;
  if (shared?.editor.getModel() === model) shared.editor.setModel(null);
  model.dispose();
}

function createShared(monaco: MonacoNs, options: Monaco.editor.IStandaloneEditorConstructionOptions): SharedEditor {
  const element = document.createElement('div');
  element.className = 'journey-editor';
  const editor = monaco.editor.create(element, { ...options, model: null });
  const s: SharedEditor = { editor, element, keys: undefined };
  leaveWithEscapeThenTab(monaco, editor);
  // Actions, not addCommand: Monaco's addCommand binds the key in every editor on the page, which
  // made Ctrl+Z in the scenario editor undo the journey instead of the scenario text.
  const { KeyMod, KeyCode } = monaco;
  editor.addAction({ id: 'journey.undo', label: 'Undo', keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ], run: () => s.keys?.undo() });
  editor.addAction({
    id: 'journey.redo',
    label: 'Redo',
    keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
    run: () => s.keys?.redo(),
  });
  return s;
}

/** The journey's model: kept while it is open, made anew when its file name (the schema's match) changed. */
function journeyModel(monaco: MonacoNs, doc: { docId: string; fileName: string; text: string }): Monaco.editor.ITextModel {
  // The /journey/ segment selects the DSL schema in monaco-setup.
  const uri = monaco.Uri.parse(`file:///${encodeURIComponent(doc.docId)}/journey/${doc.fileName}`);
  let model = models.get(doc.docId);
  if (model && (model.isDisposed() || model.uri.toString() !== uri.toString())) {
    releaseJourneyModel(doc.docId);
    model = undefined;
  }
  if (!model) {
    model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(doc.text, 'yaml', uri);
    models.set(doc.docId, model);
  }
  if (model.getValue() !== doc.text) model.setValue(doc.text);
  return model;
}
