/**
 * Guard templates for the selected state: pick a template, fill its
 * arguments (profile, permission in the Tasker vocabulary, which claim holds
 * it, the credential for an external input, 401/403 rules for `kind: Api`)
 * and insert it as one undo step.
 */
import { useMemo, useState } from 'react';
import type { AuthMechanism } from '../../core/catalog/auth-problems';
import type { AuthGuardArgs } from '../../core/commands/auth-guards';
import { liteAnalysis } from '../commands';
import { useEditor, useEditorStore } from '../store/editor-context';
import { applyGuard, guardArgsProblem, guardOptions, type GuardName } from './guard-actions';
import { PERMISSION_SUGGESTIONS } from '../../core/auth/tasker-permissions';

type ClaimChoice = 'scope' | 'permissions' | 'custom';

/** The guard menu of one state (qualified id). */
export function GuardMenu({ at }: { at: string }) {
  const store = useEditorStore();
  const text = useEditor((s) => s.text);
  const analysis = useMemo(() => (text === store.getState().text ? liteAnalysis(store) : undefined), [store, text]);
  const options = useMemo(() => (analysis ? guardOptions(analysis, at) : []), [analysis, at]);
  const firstEnabled = options.find((o) => o.enabled === true)?.name;
  const [picked, setPicked] = useState<GuardName | undefined>();
  const name = picked && options.some((o) => o.name === picked) ? picked : firstEnabled;
  const [profile, setProfile] = useState('default');
  const [permission, setPermission] = useState('');
  const [claim, setClaim] = useState<ClaimChoice>('scope');
  const [customClaim, setCustomClaim] = useState('roles');
  const [mechanism, setMechanism] = useState<AuthMechanism>('jwt');
  const [apiResponses, setApiResponses] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const isApi = analysis?.model.kind === 'Api';
  const external = name === 'auth.insertGuard.externalInput';
  const wantsPermission = name === 'auth.insertGuard.jwtPermission' || (external && mechanism === 'jwt');
  const args: AuthGuardArgs = {
    at,
    profile: profile.trim() || 'default',
    ...(external ? { mechanism } : {}),
    ...(wantsPermission && permission.trim() ? { permission: permission.trim() } : {}),
    claim: claim === 'custom' ? { name: customClaim.trim() || 'roles', form: 'array' } : claim,
    ...(isApi ? { apiResponses } : {}),
  };
  const chosen = options.find((o) => o.name === name);
  const argProblem = name ? guardArgsProblem(name, args) : undefined;
  const insert = () => {
    if (!name) return;
    const r = applyGuard(store, name, args);
    if (!r.ok) return setError(r.error);
    setError(undefined);
    store.getState().notify(`Inserted ${chosen?.title.toLowerCase() ?? 'the guard'} at ${at}`);
  };
  return (
    <div className="guard-menu" data-testid="guard-menu" data-at={at}>
      <label>
        Guard template
        <select data-testid="guard-template" className="nodrag" value={name ?? ''} onChange={(e) => setPicked(e.target.value as GuardName)}>
          {options.map((o) => (
            <option key={o.name} value={o.name} disabled={o.enabled !== true} title={o.enabled === true ? o.title : o.enabled}>
              {o.title}
            </option>
          ))}
        </select>
      </label>
      {chosen && chosen.enabled !== true ? <div className="auth-hint">{chosen.enabled}</div> : null}
      {external ? (
        <label>
          Credential
          <select data-testid="guard-mechanism" className="nodrag" value={mechanism} onChange={(e) => setMechanism(e.target.value as AuthMechanism)}>
            <option value="jwt">JWT</option>
            <option value="apiKey">API key</option>
            <option value="mtls">Client certificate</option>
          </select>
        </label>
      ) : null}
      <label>
        Profile
        <input data-testid="guard-profile" className="nodrag" value={profile} onChange={(e) => setProfile(e.target.value)} />
      </label>
      {wantsPermission ? (
        <>
          <label>
            Permission {name === 'auth.insertGuard.jwtPermission' ? '' : '(optional)'}
            <input
              data-testid="guard-permission"
              className="nodrag"
              list="guard-permission-suggestions"
              placeholder="tasks:read or tasks:*"
              value={permission}
              onChange={(e) => setPermission(e.target.value)}
            />
            <datalist id="guard-permission-suggestions">
              {PERMISSION_SUGGESTIONS.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </label>
          <label>
            Claim holding it
            <select data-testid="guard-claim" className="nodrag" value={claim} onChange={(e) => setClaim(e.target.value as ClaimChoice)}>
              <option value="scope">scope (space-separated string)</option>
              <option value="permissions">permissions (array)</option>
              <option value="custom">another array claim…</option>
            </select>
          </label>
          {claim === 'custom' ? <input className="nodrag" aria-label="claim name" value={customClaim} onChange={(e) => setCustomClaim(e.target.value)} /> : null}
        </>
      ) : null}
      {isApi && !external ? (
        <label className="auth-check">
          <input type="checkbox" className="nodrag" checked={apiResponses} onChange={(e) => setApiResponses(e.target.checked)} />
          apiResponses: authentication failures → 401, permission failures → 403
        </label>
      ) : null}
      {argProblem && permission.trim() ? <div className="auth-error">{argProblem}</div> : null}
      {error ? (
        <div className="auth-error" role="alert">
          {error}
        </div>
      ) : null}
      <button data-testid="guard-apply" disabled={!name || chosen?.enabled !== true || Boolean(argProblem)} onClick={insert}>
        Insert guard
      </button>
    </div>
  );
}
