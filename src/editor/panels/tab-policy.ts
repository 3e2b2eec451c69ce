/**
 * What Tab does in the page's Monaco editors. In a code editor (the code pane,
 * the scenario file) Tab indents, as a programmer expects; a keyboard user
 * leaves it with Escape then Tab (as in CodeMirror) or with Monaco's Ctrl+M,
 * which turns Tab into "move focus" until pressed again. The inspector's small
 * expression fields are one-purpose fields in a form: there Tab moves to the
 * next control, like in every other field of the form.
 */
import type * as Monaco from 'monaco-editor';

type MonacoNs = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;

/** Told to screen readers (the editor's label) and shown while a code editor has focus. */
export const CODE_KEYS_HINT = 'Tab indents · Esc then Tab leaves · Ctrl+M: Tab moves focus';

/** Monaco's context key that makes its Tab command stand aside (the browser then moves focus). */
const TAB_MOVES_FOCUS = 'editorTabMovesFocus';

/**
 * Escape then Tab (or Shift+Tab) moves focus out of a code editor. Only an Escape the editor had
 * nothing to do with counts: one that closed the completion list or a selection leaves Tab indenting.
 */
export function leaveWithEscapeThenTab(monaco: MonacoNs, editor: Editor): Monaco.IDisposable {
  let armed = false;
  let lent = false;
  // Runs after Monaco's keybindings (registered on the same node when the editor was made):
  // an Escape they used is defaultPrevented by then.
  const container = editor.getContainerDomNode();
  const afterKeybindings = (e: KeyboardEvent) => {
    armed = e.key === 'Escape' && !e.defaultPrevented;
  };
  container.addEventListener('keydown', afterKeybindings);
  const subs = [
    // The editor's own keydown fires on its editing element, before its keybindings resolve.
    editor.onKeyDown((e) => {
      const tab = e.keyCode === monaco.KeyCode.Tab && !e.ctrlKey && !e.altKey && !e.metaKey;
      if (armed && tab && !editor.getOption(monaco.editor.EditorOption.tabFocusMode)) {
        lent = true;
        editor.updateOptions({ tabFocusMode: true });
      }
    }),
    editor.onDidBlurEditorText(() => {
      armed = false;
      if (!lent) return;
      lent = false;
      editor.updateOptions({ tabFocusMode: false });
    }),
    { dispose: () => container.removeEventListener('keydown', afterKeybindings) },
  ];
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}

/**
 * Tab moves focus out of a small one-purpose editor. The `tabFocusMode` option
 * alone is not enough: Monaco resets every editor's key to the page-wide Ctrl+M
 * toggle whenever that is pressed, so the field takes it back each time it gains focus.
 */
export function tabMovesFocus(editor: Editor): Monaco.IDisposable {
  editor.updateOptions({ tabFocusMode: true });
  const key = editor.createContextKey<boolean>(TAB_MOVES_FOCUS, true);
  return editor.onDidFocusEditorText(() => key.set(true));
}
