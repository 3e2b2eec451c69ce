/**
 * Loads Monaco + monaco-yaml once, lazily (it is most of the bundle), wired
 * to the DSL JSON Schema served at /journey.schema.json (and the scenario
 * schema) for completion and hover only: squiggles come from our own checks
 * (the core for journeys, the engine for scenario files), never from
 * monaco-yaml.
 */
import type * as MonacoNs from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

type Monaco = typeof MonacoNs;

let loading: Promise<Monaco> | undefined;

// Prebuilt by scripts/build-yaml-worker.mjs (see there for why).
const YAML_WORKER_URL = '/workers/yaml.worker.js';

/**
 * monaco-yaml 5.5 calls `createWebWorker({label, moduleId, createData})`, the
 * API of Monaco < 0.55; Monaco 0.57 wants `{worker}` and expects the worker's
 * createData as a message. This adapter speaks the new API to Monaco and the
 * old one to monaco-yaml's worker (first message: initialise; second: createData).
 * It also leaves out the providers monaco-yaml would register for nothing.
 */
function forMonacoYaml(monaco: Monaco): Monaco {
  const createWebWorker = (opts: { label?: string; createData?: unknown }) => {
    const worker = new Worker(YAML_WORKER_URL, { type: 'module', name: opts.label });
    worker.postMessage('init');
    worker.postMessage(opts.createData);
    return monaco.editor.createWebWorker({ worker } as never);
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker }, languages: withoutUnusedProviders(monaco.languages) } as unknown as Monaco;
}

/**
 * monaco-yaml registers every provider of its language server. Two of them would only cost its
 * worker a parse of the whole document per keystroke or caret move and never answer: code
 * actions (the server derives them from its own diagnostics, which are off; quick fixes come from
 * the core, see monaco-fixes) and links (off in the editor options).
 */
function withoutUnusedProviders(languages: Monaco['languages']): Monaco['languages'] {
  const none = { dispose() {} };
  return { ...languages, registerCodeActionProvider: () => none, registerLinkProvider: () => none } as Monaco['languages'];
}

/**
 * React Flow's keys (Space pans, Delete/Backspace delete the selection) act on
 * every keydown of the page unless it comes from an input, a textarea, a
 * contenteditable or something inside `.nokey`. Monaco 0.57 edits through an
 * EditContext <div>, none of these: so Space never reached the code pane or an
 * expression field and Backspace deleted the selected state. Every Monaco
 * editor of the page (code pane, expression fields, scenario editor) is marked,
 * so the keys typed in it stay in it.
 */
function markAsTextFields(monaco: Monaco): void {
  monaco.editor.onDidCreateEditor((editor) => editor.getContainerDomNode().classList.add(TEXT_FIELD_CLASS));
}

/** React Flow's class for "keys typed in here are not the canvas's" (see markAsTextFields). */
export const TEXT_FIELD_CLASS = 'nokey';

/** The Monaco namespace, configured for journey YAML (loaded on first call). */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    self.MonacoEnvironment = {
      getWorker() {
        return new EditorWorker();
      },
    };
    const [monaco, { configureMonacoYaml }] = await Promise.all([import('./monaco-core.js'), import('monaco-yaml')]);
    markAsTextFields(monaco);
    configureMonacoYaml(forMonacoYaml(monaco), {
      enableSchemaRequest: true,
      hover: true,
      completion: true,
      // One validation core: the core (journeys) and the engine (scenario files) own diagnostics.
      // monaco-yaml validating too would judge every file a second way, and cost its worker
      // a full schema validation per keystroke (~270 ms on a 200-state journey).
      validate: false,
      // Models live under /journey/ or /scenarios/ (see CodePane and ScenarioEditor): one schema each.
      schemas: [
        { uri: new URL('/journey.schema.json', location.href).href, fileMatch: ['*/journey/*'] },
        { uri: new URL('/scenario.schema.json', location.href).href, fileMatch: ['*/scenarios/*'] },
      ],
    });
    return monaco;
  })();
  return loading;
}

/**
 * Editor options that keep monaco-yaml's worker out of the keystroke path:
 * folding by indentation instead of the language server's ranges, and no
 * code lenses, links or sticky scroll (each re-reads the whole document).
 * Completion and hover still come from it.
 */
export const WITHOUT_LANGUAGE_SERVER_PASSES = {
  folding: true,
  foldingStrategy: 'indentation',
  codeLens: false,
  links: false,
  stickyScroll: { enabled: false },
} as const;
