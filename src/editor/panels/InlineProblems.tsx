/** Problems listed under the form field (or state) they are located in. */
import type { Diagnostic } from '../../core/diagnostics';

export function InlineProblems({
  problems,
  testId,
}: {
  problems: readonly Diagnostic[];
  testId?: string;
}) {
  if (!problems.length) return null;
  return (
    <ul className="inline-problems" data-testid={testId}>
      {problems.map((d, i) => (
        <li key={i} className={`diag-${d.severity}`} data-code={d.code}>
          <code>{d.code}</code> {d.message}
        </li>
      ))}
    </ul>
  );
}
