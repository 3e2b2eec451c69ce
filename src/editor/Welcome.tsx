/**
 * What a newcomer can do, on the first screen: a card in the inspector's
 * empty space (never over the canvas), until dismissed. Dismissal is
 * remembered in the browser. Its buttons do the thing they name.
 */
import { useState } from 'react';
import { useEditorStore } from './store/editor-context';
import { useSimStore } from './sim/use-sim';
import { runSuite } from './sim/sim-actions';
import { showPanel } from './panel-events';

export const WELCOME_DISMISSED_KEY = 'journey-studio.welcome-dismissed';

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(WELCOME_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The welcome card, or nothing once dismissed. */
export function Welcome() {
  const editor = useEditorStore();
  const sim = useSimStore();
  const [shown, setShown] = useState(() => !dismissedBefore());
  if (!shown) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(WELCOME_DISMISSED_KEY, '1');
    } catch {
      // Private mode: dismissed for this page only.
    }
    setShown(false);
  };
  return (
    <section className="welcome" data-testid="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Journey Studio</h2>
      <ul>
        <li>
          This is <b>{editor.getState().fileName}</b>. Click a state to edit it here, or edit the YAML beside the diagram.
        </li>
        <li>
          <b>Open…</b> a journey file (or drop one on the page); <b>New…</b> starts from a template or one of the 46 shared examples.
        </li>
        <li>See where a missing, expired or forged credential leads, and run the example&apos;s scenarios:</li>
      </ul>
      <div className="welcome-actions">
        <button
          data-testid="welcome-run-scenarios"
          onClick={() => {
            showPanel('simulation');
            void runSuite(editor, sim);
          }}
        >
          Run the scenarios
        </button>
        <button data-testid="welcome-auth" onClick={() => showPanel('auth-preview')}>
          Show auth outcomes
        </button>
        <button data-testid="welcome-dismiss" className="welcome-dismiss" onClick={dismiss}>
          Got it
        </button>
      </div>
    </section>
  );
}
