/** JWT profiles of the lab: issuer, audiences, clock skew, token source, and key rotation (add / retire). */
import { useState } from 'react';
import { addJwtProfile, addKey, retireKey, updateJwtProfile } from '../../core/identity/lab-edit';
import type { CredentialSource, JwtProfile } from '../../core/identity/lab-types';
import type { LabHandle } from './use-lab';

type Props = { handle: LabHandle; onError(e: string | undefined): void };

/** The JWT profiles section. */
export function LabJwtSection({ handle, onError }: Props) {
  const [name, setName] = useState('');
  const lab = handle.lab!;
  return (
    <section data-testid="lab-jwt">
      <h4>JWT profiles</h4>
      {lab.jwt.map((p) => (
        <JwtProfileForm key={p.name} p={p} handle={handle} onError={onError} />
      ))}
      <div className="lab-form">
        <input className="nodrag" aria-label="new profile name" placeholder="profile name" value={name} onChange={(e) => setName(e.target.value)} />
        <button
          onClick={() => {
            const e = handle.edit((l) => addJwtProfile(l, name.trim()));
            onError(e);
            if (!e) setName('');
          }}
        >
          Add profile
        </button>
      </div>
    </section>
  );
}

function JwtProfileForm({ p, handle, onError }: { p: JwtProfile } & Props) {
  const update = (patch: Parameters<typeof updateJwtProfile>[2]) => onError(handle.edit((l) => updateJwtProfile(l, p.name, patch)));
  const setSource = (patch: Partial<CredentialSource>) => update({ source: { ...p.source, ...patch } });
  return (
    <div className="lab-profile" data-profile={p.name}>
      <div className="lab-row">
        <strong>{p.name}</strong>
      </div>
      <div className="lab-form">
        <label>
          issuer
          <input className="nodrag" value={p.issuer} onChange={(e) => update({ issuer: e.target.value })} />
        </label>
        <label>
          audiences (comma-separated)
          <input
            className="nodrag"
            value={p.audiences.join(', ')}
            onChange={(e) => update({ audiences: e.target.value.split(',').map((a) => a.trim()).filter(Boolean) })}
          />
        </label>
        <label>
          clock skew (s)
          <input className="nodrag" type="number" min={0} value={p.clockSkewSec} onChange={(e) => update({ clockSkewSec: Number(e.target.value) })} />
        </label>
        <label>
          token in
          <select className="nodrag" value={p.source.location} onChange={(e) => setSource({ location: e.target.value as CredentialSource['location'] })}>
            <option value="header">header</option>
            <option value="query">query</option>
            <option value="cookie">cookie</option>
          </select>
        </label>
        <label>
          name
          <input className="nodrag" value={p.source.name} onChange={(e) => setSource({ name: e.target.value })} />
        </label>
        <label>
          scheme
          <input className="nodrag" value={p.source.scheme ?? ''} onChange={(e) => setSource({ scheme: e.target.value || undefined })} />
        </label>
      </div>
      {p.keys.map((k) => (
        <div key={k.kid} className={`lab-row${k.retired ? ' retired' : ''}`} data-testid="lab-key" data-kid={k.kid} data-retired={k.retired ? 'true' : 'false'}>
          key {k.kid} ({k.alg}){k.retired ? ' — retired: tokens signed with it no longer verify' : ''}
          {k.retired ? null : (
            <button className="link" onClick={() => onError(handle.edit((l) => retireKey(l, p.name, k.kid)))}>
              Retire
            </button>
          )}
        </div>
      ))}
      <div className="lab-row">
        <button data-testid="lab-add-key" onClick={() => onError(handle.edit((l) => addKey(l, p.name)))}>
          Add key (rotate)
        </button>
      </div>
    </div>
  );
}
