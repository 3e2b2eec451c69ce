/**
 * The identity lab: the simulated engine's auth configuration for the
 * workspace (JWT profiles and keys, minted tokens, API keys, CAs and client
 * certificates), saved in IndexedDB and written as the `env` of the active
 * journey's scenario file. It holds no private keys: the simulator makes key
 * pairs from `{kid, alg}`.
 */
import { useState } from 'react';
import { toScenarioEnv } from '../../core/identity/scenario-env';
import { stripLabSecrets } from '../../core/identity/strip-lab';
import { stripSecrets } from '../../core/share/strip-secrets';
import { download } from '../files/download';
import { useSimStore } from '../sim/use-sim';
import { useEditorStore } from '../store/editor-context';
import { LabApiKeysSection, LabCertsSection } from './LabKeysCertsSection';
import { LabJwtSection } from './LabJwtSection';
import { LabTokensSection } from './LabTokensSection';
import { addCertScenario, addTokenScenario, applyLab } from './lab-scenarios';
import { useLab } from './use-lab';
import { stringify } from 'yaml';
import './auth.css';

/** The identity lab panel. */
export function IdentityLab() {
  const editor = useEditorStore();
  const sim = useSimStore();
  const handle = useLab();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  if (!handle.lab) return <div className="identity-lab hint">Loading the identity lab…</div>;
  const lab = handle.lab;
  const onError = (e: string | undefined) => {
    setError(e);
    if (e) setStatus(undefined);
  };
  const apply = async () => {
    const e = await applyLab(editor, sim, lab);
    onError(e);
    if (!e) setStatus('Written to the scenario file (env.auth, env.tokens, env.certs)');
  };
  const scenario = async (token: string) => {
    const e = await addTokenScenario(editor, sim, lab, token);
    onError(e);
    if (!e) setStatus(`Added a scenario for token ${token}; run the scenarios to check it`);
  };
  const certScenario = async (cert: string) => {
    const e = await addCertScenario(editor, sim, lab, cert);
    onError(e);
    if (!e) setStatus(`Added a scenario presenting certificate ${cert}; run the scenarios to check it`);
  };
  // Exported env text never carries API key values: stripped by the lab, then by the share strip as a second net.
  const exportEnv = () => download('identity-lab.env.yaml', stripSecrets(stringify({ env: toScenarioEnv(stripLabSecrets(lab)) })).text, 'application/yaml');
  return (
    <div className="identity-lab" data-testid="identity-lab">
      <div className="panel-title">
        Identity lab
        <button data-testid="lab-apply" onClick={() => void apply()} title="Write the lab into the journey's scenario file">
          Apply to scenarios
        </button>
        <button onClick={exportEnv} title="Download the env block without API key values">
          Export env
        </button>
      </div>
      {error ? (
        <div className="auth-error" role="alert">
          {error}
        </div>
      ) : null}
      {status ? (
        <div className="auth-hint" data-testid="lab-status">
          {status}
        </div>
      ) : null}
      <div className="lab-columns">
        <LabJwtSection handle={handle} onError={onError} />
        <LabTokensSection handle={handle} onError={onError} onScenario={(t) => void scenario(t)} />
        <LabApiKeysSection handle={handle} onError={onError} />
        <LabCertsSection handle={handle} onError={onError} onScenario={(c) => void certScenario(c)} />
      </div>
    </div>
  );
}
