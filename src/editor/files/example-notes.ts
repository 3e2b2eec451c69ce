/**
 * Warnings the shared examples keep on purpose, and why: an example under New…
 * is the upstream file (or its corrected copy, example-corrections.ts), and
 * these findings are what the editor teaches on it — the dialect real journeys
 * use, with a one-click fix to the canonical form, and what the auth lint finds.
 * One table drives the note in New…, the notice when an example opens, and the
 * test that every example opens with no error and no unexplained warning
 * (test/editor/examples-open.test.ts).
 */

/** Why a warning of this rule is kept in the examples. */
export const WHY_KEPT: Readonly<Record<string, string>> = {
  'XFORM-010':
    'dialect D11: upstream writes `target.path: ""` for "replace the whole context"; kept as written, and the quick fix removes the path',
  'EXPR-007':
    'dialect D09: upstream reads a result variable without `context.`; kept as written, and the quick fix adds `context.`',
  'EXPR-009':
    'dialect D06/D07/D08: upstream DataWeave uses `then`, `do` without `---` or `default:`; kept as written, and the quick fix rewrites it',
  'SCH-004':
    'D15: upstream declares no output schema with a string `status` (a SHOULD of dsl.md §11); kept, the example returns what it returns',
  'WAIT-004':
    'dialect D01: upstream routes a wait with `wait.default`; kept as written, and the quick fix moves it to the state-level `next`',
  'TASK-HTTP-021':
    'dialect D24: upstream puts `params` on a raw method/url call; kept as written, and the quick fix moves the headers',
  'SCH-007':
    'D14: upstream returns the HTTP result (dsl.md §5.6), whose integer `status` ADR-0024 mirrors into the string JourneyOutcome.status; kept to show that conflict',
  'PAR-012':
    'dialect D04: upstream joins parallel branches without a join mapper (branch writes are merged); kept as written',
  'GRAPH-005':
    'dialect D03: upstream ends the run in a parallel with no `next` (the branch that finishes decides); kept as written',
  'WEBHOOK-003':
    'dialect D01: upstream routes a webhook with `webhook.default`; kept as written, and the quick fix moves it to the state-level `next`',
  'AUTHLINT-001':
    'D25: a submission reaches an outbound call without an auth check; kept to show what the auth lint finds (docs/auth-findings.md)',
  'AUTH-004':
    'D25: a wait resumes without an auth task after it; kept to show what the auth lint finds',
  'XFORM-004':
    'dialect D10: upstream puts `resultVar` beside `transform:`; kept as written, and the quick fix moves it inside',
  'TASK-KAFKA-008':
    'D30: upstream publishes without `valueSchemaRef` (recommended by dsl.md §5.2); kept as written',
  'TASK-004':
    'upstream passes the body under `params.body`, which is ignored; kept as written (move it to the task-level `body` by hand)',
  'AUTHLINT-002':
    'the payload is read before the auth decision; kept to show what the auth lint finds (docs/auth-findings.md)',
  'AUTHLINT-003':
    'no choice checks the JWT result; kept to show what the auth lint finds (docs/auth-findings.md)',
  'GRAPH-011':
    'D20: a sync start reaches a timer before any wait or end (dsl.md §2.2.1 SHOULD); kept as written',
  'EXPR-015':
    'D27: upstream compares the phase with "Running" (ADR-0023 spells RUNNING); kept as written',
};

/** The warnings each example keeps: rule → how many. An example not listed keeps none. */
export const KEPT_WARNINGS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'approval-loop': { 'XFORM-010': 3, 'EXPR-009': 2, 'SCH-004': 1, 'WAIT-004': 1 },
  'async-callback-sla': {
    'XFORM-010': 6,
    'EXPR-007': 1,
    'EXPR-015': 1,
    'GRAPH-005': 1,
    'PAR-012': 1,
    'TASK-HTTP-021': 1,
    'WEBHOOK-003': 1,
  },
  'async-fire-and-observe': { 'EXPR-007': 4, 'XFORM-010': 3, 'TASK-HTTP-021': 2 },
  'async-report-generation': { 'EXPR-007': 4, 'XFORM-010': 3, 'TASK-HTTP-021': 2 },
  'auth-outbound-client-credentials': { 'SCH-004': 1 },
  'auth-user-info': { 'AUTHLINT-003': 1, 'EXPR-009': 1, 'SCH-007': 1, 'XFORM-010': 1 },
  'b2b-purchase-order': { 'WAIT-004': 4, 'PAR-012': 1, 'SCH-004': 1 },
  'business-hours-payment-authorization': {
    'EXPR-007': 2,
    'XFORM-004': 2,
    'GRAPH-011': 1,
    'SCH-004': 1,
    'XFORM-010': 1,
  },
  'choice-multi-branch': { 'SCH-007': 1 },
  'customer-onboarding-kyc': {
    'AUTH-004': 1,
    'AUTHLINT-001': 1,
    'PAR-012': 1,
    'SCH-004': 1,
    'WAIT-004': 1,
  },
  'ecommerce-order-split-shipment': {
    'EXPR-007': 6,
    'AUTH-004': 1,
    'AUTHLINT-001': 1,
    'SCH-004': 1,
    'WAIT-004': 1,
  },
  'email-verification': { 'XFORM-010': 6, 'TASK-HTTP-021': 4, 'WAIT-004': 1 },
  'event-publish-kafka': { 'TASK-KAFKA-008': 1 },
  'healthcare-appointment-referral': {
    'XFORM-010': 9,
    'EXPR-009': 8,
    'TASK-HTTP-021': 2,
    'EXPR-007': 1,
    'PAR-012': 1,
  },
  'http-204-no-content': { 'SCH-007': 1 },
  'http-chained-calls': { 'SCH-007': 1 },
  'http-compensation': { 'TASK-004': 2, 'SCH-004': 1, 'TASK-KAFKA-008': 1 },
  'http-conditional-composition': { 'EXPR-009': 2, 'SCH-007': 1 },
  'http-content-check': { 'SCH-007': 1 },
  'http-cookie-jar': { 'SCH-004': 1 },
  'http-failure-branch': { 'SCH-007': 1 },
  'http-header-interpolation': { 'SCH-007': 1 },
  'http-notify-audit': { 'SCH-004': 1 },
  'http-post-json': { 'SCH-007': 1 },
  'http-problem-details': { 'EXPR-009': 4, 'SCH-007': 1 },
  'http-put-delete': { 'SCH-007': 1 },
  'http-resilience-degrade': { 'SCH-007': 1 },
  'http-success': { 'SCH-007': 1 },
  'http-timeout-branch': { 'SCH-007': 1 },
  'kyc-async-timeout-fallback': {
    'XFORM-010': 11,
    'EXPR-007': 3,
    'TASK-HTTP-021': 3,
    'WEBHOOK-003': 2,
    'GRAPH-005': 1,
    'PAR-012': 1,
  },
  'loan-application': { 'EXPR-007': 8, 'SCH-004': 1, 'WAIT-004': 1 },
  'metadata-from-payload': { 'SCH-004': 1 },
  'monthly-invoicing-batch': { 'EXPR-007': 6, 'XFORM-010': 4 },
  'mortgage-repricing-rate-lock': {
    'EXPR-007': 2,
    'AUTH-004': 1,
    'AUTHLINT-001': 1,
    'SCH-004': 1,
    'WAIT-004': 1,
  },
  'named-outcomes': { 'SCH-004': 1 },
  'payment-reminder-with-timeout': { 'XFORM-010': 4, 'GRAPH-005': 1, 'PAR-012': 1, 'WAIT-004': 1 },
  'post-delivery-feedback': { 'SCH-004': 1, 'WAIT-004': 1 },
  'recurring-payment': { 'EXPR-007': 2, 'XFORM-010': 2 },
  'subject-step-guard': { 'XFORM-010': 2, 'AUTHLINT-002': 1, 'SCH-004': 1, 'WAIT-004': 1 },
  'subjourney-local-reuse': { 'SCH-004': 1, 'XFORM-010': 1 },
  'support-case-sla': {
    'XFORM-010': 6,
    'TASK-HTTP-021': 2,
    'GRAPH-005': 1,
    'PAR-012': 1,
    'WAIT-004': 1,
  },
  'sync-wrapper-wait': { 'XFORM-010': 2, 'WAIT-004': 1 },
  'transform-pipeline': { 'XFORM-010': 2, 'EXPR-009': 1, 'SCH-004': 1 },
  'wait-approval': { 'SCH-007': 1, 'WAIT-004': 1 },
};

/** How many warnings the example `title` keeps and why: `short` for the notice on open, `text` with every reason; undefined when it keeps none. */
export function keptNote(title: string): { count: number; short: string; text: string } | undefined {
  const kept = KEPT_WARNINGS[title];
  if (!kept) return undefined;
  const count = Object.values(kept).reduce((a, b) => a + b, 0);
  const head = `This example keeps ${count} warning${count === 1 ? '' : 's'} on purpose`;
  const why = (code: string) => WHY_KEPT[code] ?? 'kept as written upstream';
  // The reason's label: "dialect D11", "D15", or the rule when the reason has none.
  const label = (code: string) => /^(dialect [A-Z0-9/]+|D\d+)/.exec(why(code))?.[1] ?? code;
  const short = Object.entries(kept).map(([code, n]) => `${n} × ${code} (${label(code)})`);
  const reasons = Object.entries(kept).map(([code, n]) => `${n} × ${code}: ${why(code)}`);
  return {
    count,
    short: `${head}: ${short.join(', ')}. The upstream example is kept as written; the Problems panel and its quick fixes show each one.`,
    text: `${head}. ${reasons.join('. ')}.`,
  };
}
