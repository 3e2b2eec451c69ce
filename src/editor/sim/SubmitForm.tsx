/**
 * Submitting a step at a waiting `wait`/`webhook`: a form generated from its
 * `input.schema` (or raw JSON), headers with minted tokens from the identity
 * lab / scenario env, and an optional client certificate.
 */
import { useMemo, useState } from 'react';
import { bodyFromForm, fieldsFor } from './schema-form';
import { parseHeaderLines } from './headers';

interface Props {
  stepId: string;
  schema: unknown;
  tokens: string[];
  certs: string[];
  busy: boolean;
  onSubmit(body: unknown, request: { headers?: Record<string, string>; clientCert?: string }): void;
}

/** The submission form of one waiting step. */
export function SubmitForm({ stepId, schema, tokens, certs, busy, onSubmit }: Props) {
  const fields = useMemo(() => fieldsFor(schema), [schema]);
  const [raw, setRaw] = useState(fields.length === 0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [json, setJson] = useState('{}');
  const [headers, setHeaders] = useState('');
  const [cert, setCert] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(json) as unknown;
      } catch {
        setError('The body is not valid JSON');
        return;
      }
    } else {
      const r = bodyFromForm(fields, values);
      if (Object.keys(r.errors).length) {
        setError(Object.entries(r.errors).map(([k, v]) => `${k}: ${v}`).join('; '));
        return;
      }
      body = r.body;
    }
    setError(undefined);
    onSubmit(body, { headers: parseHeaderLines(headers), clientCert: cert || undefined });
  };

  return (
    <form
      className="submit-form"
      data-testid="submit-form"
      data-step={stepId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="submit-head">
        Submit step <code>{stepId}</code>
        <label>
          <input type="checkbox" checked={raw} onChange={(e) => setRaw(e.target.checked)} /> raw JSON
        </label>
      </div>
      {raw ? (
        <textarea data-testid="submit-json" value={json} onChange={(e) => setJson(e.target.value)} rows={4} spellCheck={false} />
      ) : (
        <div className="submit-fields">
          {fields.map((f) => (
            <label key={f.path}>
              {f.path}
              {f.required ? ' *' : ''}
              {f.kind === 'enum' ? (
                <select data-field={f.path} value={values[f.path] ?? ''} onChange={(e) => setValues({ ...values, [f.path]: e.target.value })}>
                  <option value="" />
                  {f.options?.map((o) => (
                    <option key={String(o)} value={String(o)}>
                      {String(o)}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'boolean' ? (
                <select data-field={f.path} value={values[f.path] ?? ''} onChange={(e) => setValues({ ...values, [f.path]: e.target.value })}>
                  <option value="" />
                  <option value="true">true</option>
                  <option value="false">false</option>
                </select>
              ) : (
                <input
                  data-field={f.path}
                  placeholder={f.kind === 'json' ? 'JSON' : f.kind}
                  value={values[f.path] ?? ''}
                  onChange={(e) => setValues({ ...values, [f.path]: e.target.value })}
                />
              )}
            </label>
          ))}
        </div>
      )}
      <label>
        Headers (one <code>Name: value</code> per line; <code>{'${tokens.NAME}'}</code> inserts a minted token)
        <textarea data-testid="submit-headers" value={headers} onChange={(e) => setHeaders(e.target.value)} rows={2} spellCheck={false} />
      </label>
      <div className="submit-extras">
        {tokens.length ? (
          <select
            aria-label="Insert a token"
            value=""
            onChange={(e) => e.target.value && setHeaders(`${headers}${headers && !headers.endsWith('\n') ? '\n' : ''}Authorization: Bearer \${tokens.${e.target.value}}`)}
          >
            <option value="">Insert a token…</option>
            {tokens.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        ) : null}
        {certs.length ? (
          <select aria-label="Client certificate" value={cert} onChange={(e) => setCert(e.target.value)}>
            <option value="">no client certificate</option>
            {certs.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : null}
        <button type="submit" data-testid="submit-step" disabled={busy}>
          Submit
        </button>
      </div>
      {error ? (
        <div className="sim-error" role="alert">
          {error}
        </div>
      ) : null}
    </form>
  );
}
