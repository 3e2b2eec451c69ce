/** The principal `OK` outcomes use: JWT claims as JSON, certificate subject and API key id; saved per journey. */
import { useState } from 'react';
import type { Principal } from '../../core/auth/principal';
import { editPrincipal, parseClaims } from './principal-edit';

interface Props {
  principal: Principal;
  edited: boolean;
  onChange(p: Principal | undefined): void;
}

/** Edits the preview principal; Apply re-runs the preview. */
export function PrincipalEditor({ principal, edited, onChange }: Props) {
  const [claims, setClaims] = useState(() => JSON.stringify(principal.jwt.claims, null, 2));
  const [subjectDn, setSubjectDn] = useState(principal.mtls.subjectDn);
  const [keyId, setKeyId] = useState(principal.apiKey.keyId);
  const [error, setError] = useState<string | undefined>();
  const apply = () => {
    const r = parseClaims(claims);
    if ('error' in r) return setError(r.error);
    setError(undefined);
    onChange(editPrincipal(principal, { claims: r.claims, subjectDn, keyId }));
  };
  return (
    <details className="auth-principal" data-testid="auth-principal">
      <summary>Principal for OK {edited ? '(edited)' : '(default)'}</summary>
      <label>
        JWT claims
        <textarea data-testid="principal-claims" className="nodrag" rows={7} value={claims} onChange={(e) => setClaims(e.target.value)} spellCheck={false} />
      </label>
      <label>
        Certificate subject
        <input className="nodrag" value={subjectDn} onChange={(e) => setSubjectDn(e.target.value)} />
      </label>
      <label>
        API key id
        <input className="nodrag" value={keyId} onChange={(e) => setKeyId(e.target.value)} />
      </label>
      {error ? (
        <div className="auth-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="auth-actions">
        <button data-testid="principal-apply" onClick={apply}>
          Apply
        </button>
        <button
          disabled={!edited}
          onClick={() => {
            onChange(undefined);
            setError(undefined);
          }}
        >
          Reset to default
        </button>
      </div>
    </details>
  );
}
