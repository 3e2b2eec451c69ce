/** One outcome of an auth state: code, end, path, Problem JSON; hover/click paints the path on the canvas. */
import { memo } from 'react';
import type { PreviewOutcome } from '../../core/auth/preview-types';
import { endState, endText } from './outcome-view';

interface Props {
  state: string;
  outcome: PreviewOutcome;
  pinned: boolean;
  onHover(o: PreviewOutcome | undefined): void;
  onPin(key: string, o: PreviewOutcome): void;
}

/** A row of the auth preview (`[data-testid="auth-outcome"]`, CONTRACTS §5). */
export const OutcomeRow = memo(function OutcomeRow({ state, outcome: o, pinned, onHover, onPin }: Props) {
  const key = `${state}|${o.code}`;
  const flagged = o.indistinguishableFromOk === true;
  return (
    <li
      data-testid="auth-outcome"
      data-state={state}
      data-code={o.code}
      data-end-state={endState(o.ends)}
      data-end-kind={o.ends.kind}
      data-indistinguishable={flagged ? 'true' : undefined}
      className={`auth-outcome end-${o.ends.kind}${flagged ? ' flagged' : ''}${pinned ? ' pinned' : ''}`}
      onMouseEnter={() => onHover(o)}
      onMouseLeave={() => onHover(undefined)}
      onClick={() => onPin(key, o)}
      title="Hover to see the path on the canvas; click to keep it"
    >
      <div className="auth-outcome-head">
        <span className="auth-code">{o.code}</span>
        {o.problem?.status !== undefined ? <span className="auth-status">{o.problem.status}</span> : null}
        {flagged ? (
          <span className="auth-badge" title={`No branch tells ${o.code} apart from OK: same path, same end`}>
            same as OK
          </span>
        ) : null}
        <span className="auth-end">{endText(o.ends)}</span>
      </div>
      <div className="auth-path">{o.path.join(' → ')}</div>
      {o.assumptions.length ? (
        <ul className="auth-assumptions">
          {o.assumptions.map((a, i) => (
            <li key={i}>
              {a.state}: {a.note}
            </li>
          ))}
        </ul>
      ) : null}
      <details onClick={(e) => e.stopPropagation()}>
        <summary>{o.problem ? 'Problem (RFC 9457)' : 'Result written'}</summary>
        <pre className="auth-json">{JSON.stringify(o.problem ?? o.result, null, 2)}</pre>
      </details>
    </li>
  );
});
