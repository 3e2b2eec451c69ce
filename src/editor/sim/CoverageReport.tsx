/** What the last suite exercised: states, transitions and auth outcomes, with what no scenario reached. */
import type { CoverageData } from '../../engine/coverage';

function Meter({ label, covered, total }: { label: string; covered: number; total: number }) {
  const pct = total ? Math.round((covered / total) * 100) : 100;
  return (
    <span className="cov-meter" data-testid="coverage" data-kind={label} data-covered={covered} data-total={total}>
      {label}: {covered}/{total} ({pct}%)
    </span>
  );
}

/** The coverage summary and the not-reached list. */
export function CoverageReport({ coverage }: { coverage: CoverageData }) {
  const missed = coverage.states.missed.length + coverage.edges.missed.length + coverage.auth.missed.length;
  return (
    <div className="coverage">
      <div className="cov-summary">
        <strong>Coverage</strong>
        <Meter label="states" covered={coverage.states.covered} total={coverage.states.total} />
        <Meter label="transitions" covered={coverage.edges.covered} total={coverage.edges.total} />
        <Meter label="auth outcomes" covered={coverage.auth.covered} total={coverage.auth.total} />
      </div>
      {missed ? (
        <details>
          <summary>Not reached by any scenario ({missed})</summary>
          <ul className="cov-missed" data-testid="coverage-missed">
            {coverage.states.missed.map((s) => (
              <li key={`s:${s}`}>state {s}</li>
            ))}
            {coverage.edges.missed.map((e) => (
              <li key={`e:${e.key}`}>
                transition {e.from} → {e.to}
              </li>
            ))}
            {coverage.auth.missed.map((a) => (
              <li key={`a:${a.state}:${a.code}`}>
                {a.state}: {a.code}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="cov-all">Every state, transition and auth outcome was exercised.</p>
      )}
    </div>
  );
}
