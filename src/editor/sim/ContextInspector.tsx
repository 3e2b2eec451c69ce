/**
 * The run's context at the shown frame as a tree: what the last step changed
 * is highlighted, auth views show their Problem Details, and
 * `context.payload` is marked untrusted until an auth task ran after it arrived.
 */
import { memo, useMemo } from 'react';
import { diffContext, touches, type ContextChange } from './context-diff';

interface Props {
  context: unknown;
  previous: unknown;
  payloadUntrusted: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function Leaf({ value }: { value: unknown }) {
  return <span className={`ctx-value ctx-${value === null ? 'null' : typeof value}`}>{JSON.stringify(value)}</span>;
}

const Node = memo(function Node(props: { name: string; value: unknown; path: string; changes: ContextChange[]; depth: number; untrusted: boolean }) {
  const { name, value, path, changes, depth } = props;
  const change = touches(changes, path);
  const isProblem = name === 'problem' && path.startsWith('auth.') && isObject(value);
  const untrusted = props.untrusted && path === 'payload';
  const label = (
    <span className={`ctx-key ${change ? `ctx-${change}` : ''}`}>
      {name}
      {untrusted ? (
        <span className="ctx-untrusted" title="Submitted by the caller and not yet checked by an auth task">
          untrusted
        </span>
      ) : null}
    </span>
  );
  if (!isObject(value)) {
    return (
      <li data-path={path}>
        {label}: <Leaf value={value} />
      </li>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return (
    <li data-path={path} className={isProblem ? 'ctx-problem' : undefined}>
      <details open={depth < 2 || Boolean(change) || isProblem}>
        <summary>
          {label} <span className="ctx-size">{Array.isArray(value) ? `[${value.length}]` : `{${entries.length}}`}</span>
        </summary>
        <ul>
          {entries.map(([k, v]) => (
            <Node
              key={k}
              name={k}
              value={v}
              path={Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k}
              changes={changes}
              depth={depth + 1}
              untrusted={props.untrusted}
            />
          ))}
        </ul>
      </details>
    </li>
  );
});

/** The context tree with the diff from the previous frame. */
export function ContextInspector({ context, previous, payloadUntrusted }: Props) {
  const changes = useMemo(() => (previous === undefined ? [] : diffContext(previous, context)), [context, previous]);
  const entries = isObject(context) ? Object.entries(context) : [];
  return (
    <div className="ctx" data-testid="context-inspector">
      <div className="ctx-head">
        Context {changes.length ? <span className="ctx-changed-count">{changes.length} change(s) in this step</span> : null}
      </div>
      <ul className="ctx-tree">
        {entries.map(([k, v]) => (
          <Node key={k} name={k} value={v} path={k} changes={changes} depth={0} untrusted={payloadUntrusted} />
        ))}
      </ul>
    </div>
  );
}
