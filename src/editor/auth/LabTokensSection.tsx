/** Minting tokens: claims, lifetime and how the token is broken; each shows whether it still verifies. */
import { useState } from 'react';
import { mintToken, removeEntry } from '../../core/identity/lab-edit';
import type { TokenVariant } from '../../core/identity/lab-types';
import { tokenVerdict } from '../../core/identity/token-verdict';
import { parseClaims } from './principal-edit';
import type { LabHandle } from './use-lab';

const VARIANTS: { value: TokenVariant; label: string }[] = [
  { value: 'valid', label: 'valid' },
  { value: 'expired', label: 'expired' },
  { value: 'notYetValid', label: 'not yet valid' },
  { value: 'wrongAudience', label: 'wrong audience' },
  { value: 'forged', label: 'forged signature' },
];

interface Props {
  handle: LabHandle;
  onError(e: string | undefined): void;
  onScenario(tokenName: string): void;
}

/** The tokens section. */
export function LabTokensSection({ handle, onError, onScenario }: Props) {
  const lab = handle.lab!;
  const [name, setName] = useState('');
  const [profile, setProfile] = useState(lab.jwt[0]?.name ?? 'default');
  const [claims, setClaims] = useState('{ "sub": "alice", "scope": "tasks:read" }');
  const [lifetime, setLifetime] = useState('PT1H');
  const [variant, setVariant] = useState<TokenVariant>('valid');
  const mint = () => {
    const c = parseClaims(claims);
    if ('error' in c) return onError(`claims: ${c.error}`);
    const e = handle.edit((l) => mintToken(l, { name: name.trim(), profile, claims: c.claims, lifetime: lifetime.trim(), variant }));
    onError(e);
    if (!e) setName('');
  };
  return (
    <section data-testid="lab-tokens">
      <h4>Tokens</h4>
      {lab.tokens.map((t) => {
        const v = tokenVerdict(lab, t);
        return (
          <div key={t.name} className="lab-row" data-testid="lab-token" data-name={t.name} data-verdict={v.code}>
            <code>{`\${tokens.${t.name}}`}</code>
            <span>
              {t.profile}/{t.kid} · {t.variant} · {t.lifetime}
            </span>
            <span className={`lab-verdict ${v.code === 'OK' ? 'ok' : 'bad'}`} title={v.why}>
              {v.code === 'OK' ? 'verifies' : v.code}
            </span>
            <button className="link" data-testid="lab-token-scenario" onClick={() => onScenario(t.name)} title="Add a scenario that starts the journey with this token">
              Add scenario
            </button>
            <button className="link" onClick={() => onError(handle.edit((l) => removeEntry(l, 'tokens', t.name)))}>
              Remove
            </button>
          </div>
        );
      })}
      <div className="lab-form">
        <label>
          name
          <input data-testid="lab-token-name" className="nodrag" value={name} onChange={(e) => setName(e.target.value)} placeholder="alice" />
        </label>
        <label>
          profile
          <select className="nodrag" value={profile} onChange={(e) => setProfile(e.target.value)}>
            {lab.jwt.map((p) => (
              <option key={p.name}>{p.name}</option>
            ))}
          </select>
        </label>
        <label>
          lifetime
          <input data-testid="lab-token-lifetime" className="nodrag" value={lifetime} onChange={(e) => setLifetime(e.target.value)} size={6} />
        </label>
        <label>
          kind
          <select data-testid="lab-token-variant" className="nodrag" value={variant} onChange={(e) => setVariant(e.target.value as TokenVariant)}>
            {VARIANTS.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          claims (JSON)
          <textarea data-testid="lab-token-claims" className="nodrag" rows={2} cols={34} value={claims} onChange={(e) => setClaims(e.target.value)} spellCheck={false} />
        </label>
        <button data-testid="lab-mint" onClick={mint}>
          Mint
        </button>
      </div>
    </section>
  );
}
