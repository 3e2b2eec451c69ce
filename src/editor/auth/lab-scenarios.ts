/**
 * What the lab does to the journey's scenario file: write its `env` (keeping
 * the scenarios), and add a scenario per token whose expectation is the auth
 * preview's end for the token's verdict (and likewise per client certificate).
 */
import { previewAuthText } from '../../core/auth/preview';
import { DEFAULT_PRINCIPAL } from '../../core/auth/principal';
import { addScenario, applyLabToScenarioText } from '../../core/identity/apply-env';
import { certVerdict, scenarioForCert } from '../../core/identity/cert-scenario';
import type { LabState } from '../../core/identity/lab-types';
import { expectedEnd, scenarioForToken } from '../../core/identity/token-scenario';
import { tokenVerdict } from '../../core/identity/token-verdict';
import type { SimStore } from '../sim/sim-store';
import type { EditorStore } from '../store/editor-store';
import { editPrincipal } from './principal-edit';

const LOAD_WAIT_MS = 3000;

/** Resolves once the sim store has looked up the saved scenarios (so they are not overwritten). */
function loaded(sim: SimStore): Promise<void> {
  if (sim.getState().loaded) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = sim.subscribe((s) => {
      if (s.loaded) {
        stop();
        resolve();
      }
    });
    setTimeout(() => {
      stop();
      resolve();
    }, LOAD_WAIT_MS);
  });
}

function scenarioFileName(editor: EditorStore, sim: SimStore): string {
  const current = sim.getState();
  if (current.scenarioText.trim()) return current.scenarioFileName;
  return editor.getState().fileName.replace(/^.*[\\/]/, '').replace(/\.journey\.(ya?ml|json)$/i, '') + '.scenario.yaml';
}

/** Merges the lab's env into the scenario file; returns an error sentence or undefined. */
export async function applyLab(editor: EditorStore, sim: SimStore, lab: LabState): Promise<string | undefined> {
  await loaded(sim);
  const r = applyLabToScenarioText(sim.getState().scenarioText, lab);
  if ('error' in r) return r.error;
  sim.getState().setScenarios(scenarioFileName(editor, sim), r.text);
  return undefined;
}

/** Applies the lab and adds a scenario that starts the journey with one token. */
export async function addTokenScenario(editor: EditorStore, sim: SimStore, lab: LabState, tokenName: string): Promise<string | undefined> {
  const token = lab.tokens.find((t) => t.name === tokenName);
  if (!token) return `no token '${tokenName}'`;
  const why = await applyLab(editor, sim, lab);
  if (why) return why;
  const { text, fileName } = editor.getState();
  // The OK path depends on the claims: preview with the token's own claims as the principal.
  const principal = editPrincipal(DEFAULT_PRINCIPAL, { claims: { ...DEFAULT_PRINCIPAL.jwt.claims, ...token.claims } });
  const preview = await previewAuthText(text, fileName, { principal }).catch(() => undefined);
  const auth = preview?.authStates.find((s) => s.plugin === 'jwtValidate:v1' && s.profile === token.profile) ?? preview?.authStates.find((s) => s.plugin === 'jwtValidate:v1');
  const code = tokenVerdict(lab, token).code;
  const outcome = auth?.outcomes.find((o) => o.code === code);
  const scenario = scenarioForToken(lab, tokenName, { target: auth?.target, end: outcome ? expectedEnd(outcome.ends) : undefined });
  if (!scenario) return `no token '${tokenName}'`;
  const r = addScenario(sim.getState().scenarioText, scenario);
  if ('error' in r) return r.error;
  sim.getState().setScenarios(scenarioFileName(editor, sim), r.text);
  return undefined;
}

/** Applies the lab and adds a scenario that presents one client certificate. */
export async function addCertScenario(editor: EditorStore, sim: SimStore, lab: LabState, certName: string): Promise<string | undefined> {
  const why = await applyLab(editor, sim, lab);
  if (why) return why;
  const { text, fileName } = editor.getState();
  const preview = await previewAuthText(text, fileName).catch(() => undefined);
  const auth = preview?.authStates.find((s) => s.plugin === 'mtlsValidate:v1');
  const outcome = auth?.outcomes.find((o) => o.code === certVerdict(lab, certName).code);
  const scenario = scenarioForCert(lab, certName, { target: auth?.target, end: outcome ? expectedEnd(outcome.ends) : undefined });
  if (!scenario) return `no certificate '${certName}'`;
  const r = addScenario(sim.getState().scenarioText, scenario);
  if ('error' in r) return r.error;
  sim.getState().setScenarios(scenarioFileName(editor, sim), r.text);
  return undefined;
}
