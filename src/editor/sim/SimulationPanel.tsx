/** The Simulation dock panel: the scenario suite beside the step debugger. */
import { DebuggerPanel } from './DebuggerPanel';
import { ScenariosPanel } from './ScenariosPanel';
import './sim.css';

/** Registered in the panel registry (bottom dock). */
export function SimulationPanel() {
  return (
    <div className="sim" data-testid="simulation">
      <ScenariosPanel />
      <DebuggerPanel />
    </div>
  );
}
