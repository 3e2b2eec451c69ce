/** Whether `context.payload` came in after the last auth decision (so it is still untrusted). Pure. */

/**
 * True when a step submission was accepted after the last auth task ran
 * (or no auth task ran since). A journey without auth tasks has nothing to
 * decide, so its payload is not flagged.
 */
export function payloadUntrusted(trace: readonly { state: string; note?: string }[], authStates: ReadonlySet<string>): boolean {
  if (authStates.size === 0) return false;
  let lastSubmission = -1;
  let lastAuth = -1;
  trace.forEach((t, i) => {
    if (t.note && /accepted/.test(t.note)) lastSubmission = i;
    if (authStates.has(t.state)) lastAuth = i;
  });
  return lastSubmission >= 0 && lastSubmission > lastAuth;
}
