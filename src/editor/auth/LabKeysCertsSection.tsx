/** API keys, certificate authorities and client certificates of the lab. API key values are masked (test material). */
import { useState } from 'react';
import { addApiKey, addAuthority, addCert, removeEntry } from '../../core/identity/lab-edit';
import { certVerdict } from '../../core/identity/cert-scenario';
import type { CertStatus } from '../../core/identity/lab-types';
import type { LabHandle } from './use-lab';
import { LabInput, RemoveButton } from './lab-controls';

type Props = { handle: LabHandle; onError(e: string | undefined): void };
type CertProps = Props & { onScenario(certName: string): void };

/** The API keys section. */
export function LabApiKeysSection({ handle, onError }: Props) {
  const lab = handle.lab!;
  const [profile, setProfile] = useState('default');
  const [keyId, setKeyId] = useState('');
  const [value, setValue] = useState('');
  return (
    <section data-testid="lab-api-keys">
      <h4>API keys</h4>
      {lab.apiKeys.map((p) => (
        <div key={p.name} className="lab-row">
          <strong>{p.name}</strong> ({p.source.location} {p.source.name}):{' '}
          {p.keys.map((k) => `${k.keyId} = ••••`).join(', ')}
          <RemoveButton remove={() => handle.edit((l) => removeEntry(l, 'apiKeys', p.name))} onError={onError} />
        </div>
      ))}
      <div className="lab-form">
        <LabInput label="API key profile" value={profile} onChange={setProfile} size={10} />
        <LabInput label="key id" value={keyId} onChange={setKeyId} size={10} placeholder="key id" />
        <LabInput label="key value" value={value} onChange={setValue} size={14} placeholder="test value" type="password" />
        <button
          onClick={() => {
            const e = handle.edit((l) => addApiKey(l, profile.trim(), keyId.trim(), value));
            onError(e);
            if (!e) setValue('');
          }}
        >
          Add key
        </button>
      </div>
    </section>
  );
}

/** The certificate authorities and client certificates section. */
export function LabCertsSection({ handle, onError, onScenario }: CertProps) {
  const lab = handle.lab!;
  const [ca, setCa] = useState('');
  const [name, setName] = useState('');
  const [issuer, setIssuer] = useState('self');
  const [subject, setSubject] = useState('CN=journey-client,O=Example Corp');
  const [dns, setDns] = useState('');
  const [status, setStatus] = useState<CertStatus>('valid');
  return (
    <section data-testid="lab-certs">
      <h4>Certificates</h4>
      <div className="lab-row">
        authorities: {lab.authorities.length ? lab.authorities.join(', ') : 'none'}
      </div>
      <div className="lab-form">
        <LabInput label="authority name" value={ca} onChange={setCa} size={12} placeholder="partner-ca" />
        <button
          onClick={() => {
            const e = handle.edit((l) => addAuthority(l, ca.trim()));
            onError(e);
            if (!e) setCa('');
          }}
        >
          Add authority
        </button>
      </div>
      {lab.certs.map((c) => {
        const v = certVerdict(lab, c.name);
        return (
          <div
            key={c.name}
            className="lab-row"
            data-testid="lab-cert"
            data-name={c.name}
            data-status={c.status}
            data-verdict={v.code}
          >
            <strong>{c.name}</strong> {c.subject} · issued by {c.issuer} · {c.status}
            <span className={`lab-verdict ${v.code === 'OK' ? 'ok' : 'bad'}`} title={v.why}>
              {v.code === 'OK' ? 'accepted' : v.code}
            </span>
            <button
              className="link"
              onClick={() => onScenario(c.name)}
              title="Add a scenario that presents this certificate"
            >
              Add scenario
            </button>
            <RemoveButton remove={() => handle.edit((l) => removeEntry(l, 'certs', c.name))} onError={onError} />
          </div>
        );
      })}
      <div className="lab-form">
        <LabInput label="certificate name" value={name} onChange={setName} size={10} placeholder="partner" />
        <select
          className="nodrag"
          aria-label="issuer"
          value={issuer}
          onChange={(e) => setIssuer(e.target.value)}
        >
          <option value="self">self-signed</option>
          {lab.authorities.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <LabInput label="subject" value={subject} onChange={setSubject} size={24} />
        <LabInput label="DNS names" value={dns} onChange={setDns} size={14} placeholder="api.example.com" />
        <select
          className="nodrag"
          aria-label="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as CertStatus)}
        >
          <option value="valid">valid</option>
          <option value="expired">expired</option>
          <option value="notYetValid">not yet valid</option>
          <option value="revoked">revoked</option>
        </select>
        <button
          onClick={() => {
            const dnsNames = dns
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean);
            const e = handle.edit((l) =>
              addCert(l, { name: name.trim(), issuer, subject: subject.trim(), dnsNames, status }),
            );
            onError(e);
            if (!e) setName('');
          }}
        >
          Issue certificate
        </button>
      </div>
    </section>
  );
}
