/**
 * The scenario file in a Monaco editor: YAML with completion and hover from
 * the scenario JSON Schema (monaco-yaml), and squiggles from the engine's
 * scenario check — the one the simulator and the CLI apply.
 */
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../store/editor-context';
import { loadMonaco, WITHOUT_LANGUAGE_SERVER_PASSES } from '../panels/monaco-setup';
import { SCENARIO_MARKER_OWNER, scenarioMarkers } from './scenario-markers';
import { useSimStore } from './use-sim';
import { CODE_KEYS_HINT, leaveWithEscapeThenTab } from '../panels/tab-policy';

/** Quiet time after typing before the file is checked again (the check is cheap, but not per keystroke). */
const CHECK_DELAY_MS = 150;

/** Edits the active journey's scenario file; changes go straight into the simulation store. */
export function ScenarioEditor() {
  const editor = useEditorStore();
  const sim = useSimStore();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    const cleanups: Array<() => void> = [];
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const uri = monaco.Uri.parse(`file:///${encodeURIComponent(editor.getState().docId)}/scenarios/scenarios.scenario.yaml`);
      const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(sim.getState().scenarioText, 'yaml', uri);
      if (model.getValue() !== sim.getState().scenarioText) model.setValue(sim.getState().scenarioText);
      const instance = monaco.editor.create(host.current, {
        model,
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 12,
        tabSize: 2,
        ariaLabel: `Scenario file. ${CODE_KEYS_HINT}`,
        ...WITHOUT_LANGUAGE_SERVER_PASSES,
      });
      const leaving = leaveWithEscapeThenTab(monaco, instance);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        timer = undefined;
        if (!model.isDisposed()) monaco.editor.setModelMarkers(model, SCENARIO_MARKER_OWNER, scenarioMarkers(model.getValue()));
      };
      check();
      const sub = model.onDidChangeContent(() => {
        sim.getState().setScenarios(sim.getState().scenarioFileName, model.getValue());
        clearTimeout(timer);
        timer = setTimeout(check, CHECK_DELAY_MS);
      });
      const unsub = sim.subscribe((s) => {
        if (s.scenarioText !== model.getValue()) model.setValue(s.scenarioText);
      });
      cleanups.push(() => clearTimeout(timer), () => sub.dispose(), unsub, () => leaving.dispose(), () => instance.dispose());
    });
    return () => {
      disposed = true;
      cleanups.forEach((c) => c());
    };
  }, [editor, sim]);
  return <div className="scenario-editor" data-testid="scenario-editor" ref={host} />;
}
