/**
 * Journey Studio's copies of the shared examples that differ from upstream
 * (`test/fixtures/examples`, byte-for-byte copies of the JourneyForge docs),
 * and the record of every change. An upstream example with a real defect
 * (dsl-rules.md §4: errors by the catalog's own rules) would open under New…
 * with errors and no word of why; the editor's copy is corrected the way
 * dsl.md says, with its scenario file where the scenarios described the defect,
 * and the OpenAPI documents get the operations the examples call. The CLI, the
 * docs' finding lists and every test over the corpus keep reading the upstream
 * files. Each corrected file is in `corrected/`, loaded on demand.
 */
const files = import.meta.glob<string>('./corrected/*.yaml', { query: '?raw', import: 'default' });
const byName = new Map(Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

export interface Correction {
  /** File name in `corrected/`. */
  file: string;
  /** The findings of the upstream file this removes. */
  fixes: string[];
  /** What was changed, and on what authority. */
  change: string;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    file: 'auth-jwt-scopes.journey.yaml',
    fixes: ['SCH-007'],
    change:
      'The start-up journey. Upstream returns the HTTP result (status 200, an integer) as the output, whose `status` ADR-0024 mirrors into JourneyOutcome.status, a string (dsl.md §11). A transform `userFound` builds the business output `{ status: "USER_FOUND", user }`, and the output schema says so.',
  },
  { file: 'auth-jwt-scopes.scenario.yaml', fixes: [], change: 'The reader scenario expects the business output and visits `userFound`.' },
  {
    file: 'healthcare-appointment-referral.journey.yaml',
    fixes: ['GRAPH-001', 'STATE-008', 'PAR-004'],
    change:
      'D17: states nested one level too deep inside `normaliseAppointments` and `bookConfirmedAppointment` are put back in the branch, the `wait`/`webhook` blocks and input schemas get their indentation back (state-level `next`, §12), each branch ends in its own `succeed` (transitions stay in their branch, §16) and the parallel joins `firstCompleted` into `referralCompleted`.',
  },
  { file: 'healthcare-appointment-referral.scenario.yaml', fixes: [], change: 'The scenarios expect the repaired branch to wait for the patient instead of an internal error.' },
  {
    file: 'monthly-invoicing-batch.journey.yaml',
    fixes: ['TASK-SCHED-008'],
    change:
      'D19: a scheduled run cannot wait for input (§5.4 schedule, non-interactive path): a validated batch is sent; the finance approval wait, its ingest/route states and `recordRejection` are removed.',
  },
  { file: 'monthly-invoicing-batch.scenario.yaml', fixes: [], change: 'The scheduled-run scenario expects the batch to be sent.' },
  {
    file: 'mortgage-repricing-rate-lock.journey.yaml',
    fixes: ['GRAPH-001'],
    change: 'D16: `evaluateOffer.default: rejected` names no state; it goes to the existing `expiredOrRejected` fail state.',
  },
  { file: 'mortgage-repricing-rate-lock.scenario.yaml', fixes: [], change: 'The no-offer scenario expects RATE_LOCK_FAILED.' },
  {
    file: 'http-problem-details.journey.yaml',
    fixes: ['GRAPH-001'],
    change: 'D16: `decide_error.default: done` names no state; `done` is added, returning the HTTP result (dsl.md §5.6).',
  },
  { file: 'http-problem-details.scenario.yaml', fixes: [], change: 'The success scenario expects the item.' },
  {
    file: 'http-success.journey.yaml',
    fixes: ['TASK-HTTP-006', 'EXPR-013'],
    change: 'D21: `${platform.config.itemsApiBaseUrl}` is not interpolated in `url` (§4: only `${context.…}`, after a literal http(s):// prefix); the base URL its scenario uses is written out.',
  },
  {
    file: 'support-case-sla.journey.yaml',
    fixes: ['TIMER-002'],
    change: 'D21: `duration: "${context.…}"` is not interpolated; a timer duration from context is a `{mapper}` (§12.3).',
  },
  {
    file: 'metadata-from-payload.journey.yaml',
    fixes: ['META-005'],
    change: 'D23: attribute bindings sit under `fromPayload` (§2.8.4, as in dsl.md\'s own example).',
  },
  {
    file: 'approval-loop.journey.yaml',
    fixes: ['CAT-002'],
    change: 'D18: the `notifications` API it calls is declared under spec.apis (notifications.openapi.yaml, below).',
  },
  {
    file: 'wait-approval.journey.yaml',
    fixes: ['CAT-002'],
    change: 'D18: the `items` API it calls is declared under spec.apis (items.openapi.yaml, as in the other HTTP examples).',
  },
  {
    file: 'post-delivery-feedback.journey.yaml',
    fixes: ['CAT-003'],
    change: 'Its `notifications` API pointed at serviceA.openapi.yaml, which has no feedback operation; it points at notifications.openapi.yaml.',
  },
  {
    file: 'notifications.openapi.yaml',
    fixes: [],
    change: 'New (not upstream): the notifications service approval-loop and post-delivery-feedback call (sendApprovalReminder, sendFeedbackRequest).',
  },
  { file: 'billing.openapi.yaml', fixes: ['CAT-003'], change: 'Adds cancelCharge and authorizePayment, which http-compensation calls.' },
  { file: 'inventory.openapi.yaml', fixes: ['CAT-003'], change: 'Adds releaseReservation and reserveItems, which http-compensation calls.' },
  { file: 'serviceA.openapi.yaml', fixes: ['CAT-003'], change: 'Adds unstableOperation, which http-resilience-degrade calls.' },
  { file: 'payments.openapi.yaml', fixes: ['CAT-003'], change: 'Adds sendPaymentReminder, which payment-reminder-with-timeout calls.' },
  { file: 'customers.openapi.yaml', fixes: ['CAT-003'], change: 'Adds getCustomerById, which subjourney-local-reuse calls.' },
];

/** The loader of Journey Studio's copy of `fileName`, when it differs from upstream. */
export function correctedLoader(fileName: string): (() => Promise<string>) | undefined {
  return byName.get(fileName);
}

/** File names of every corrected copy (for tests and the OpenAPI documents that are new). */
export function correctedFiles(): string[] {
  return [...byName.keys()];
}
