/** Turns the run up to the shown frame into a scenario of the journey's scenario file. */
import { useState } from 'react';
import { saveRunAsScenario } from './sim-actions';
import { useSimStore } from './use-sim';

/** A name field and a button. */
export function SaveAsScenario({ disabled }: { disabled: boolean }) {
  const sim = useSimStore();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    saveRunAsScenario(sim, trimmed).then(
      () => {
        setMessage(`Added scenario '${trimmed}'`);
        setName('');
      },
      (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
    );
  };
  return (
    <div className="save-scenario">
      <input aria-label="New scenario name" placeholder="scenario name" value={name} onChange={(e) => setName(e.target.value)} />
      <button data-testid="save-as-scenario" disabled={disabled || !name.trim()} onClick={save}>
        Save run as scenario
      </button>
      {message ? <span className="hint">{message}</span> : null}
    </div>
  );
}
