/**
 * The side and bottom panels of the workbench. Later features (auth preview,
 * identity lab, simulator) add an entry here; the shell lays them out.
 */
import type { ComponentType } from 'react';
import { Palette } from './Palette';
import { Inspector } from './Inspector';
import { ProblemsPanel } from './ProblemsPanel';
import { SimulationPanel } from '../sim/SimulationPanel';
import { MockPanel } from '../sim/MockPanel';
import { AuthPreviewPanel } from '../auth/AuthPreviewPanel';
import { IdentityLab } from '../auth/IdentityLab';

export interface PanelDef {
  id: string;
  title: string;
  /** Where the panel lives: the left or right side bar, or a tab of the bottom dock. */
  area: 'left' | 'right' | 'bottom';
  component: ComponentType;
}

/** Every panel, in display order per area. */
export const PANELS: PanelDef[] = [
  { id: 'palette', title: 'Palette', area: 'left', component: Palette },
  { id: 'inspector', title: 'Inspector', area: 'right', component: Inspector },
  { id: 'mock', title: 'Mock', area: 'right', component: MockPanel },
  { id: 'auth-preview', title: 'Auth', area: 'right', component: AuthPreviewPanel },
  { id: 'problems', title: 'Problems', area: 'bottom', component: ProblemsPanel },
  { id: 'simulation', title: 'Simulation', area: 'bottom', component: SimulationPanel },
  { id: 'identity-lab', title: 'Identity lab', area: 'bottom', component: IdentityLab },
];

/** The panels of one area, in order; pure. */
export function panelsIn(area: PanelDef['area'], list: readonly PanelDef[] = PANELS): PanelDef[] {
  return list.filter((p) => p.area === area);
}
