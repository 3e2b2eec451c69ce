/**
 * AUTHLINT-006 from the preview (async, so not a synchronous `Rule`): an auth
 * task whose failure codes take exactly the path and end of `OK`, evaluated for
 * real. Catches what the data-flow lint cannot decide, such as comparing two
 * copies of claims that are both null when both validations failed.
 */
import { diag, type Diagnostic } from '../diagnostics';
import type { JourneyModel } from '../model/types';
import { previewAuth, type PreviewOptions } from './preview';
import type { AuthPreview } from './preview-types';

/** Diagnostics for the failure codes no branch tells apart from OK (one per auth state). */
export function indistinguishableDiagnostics(model: JourneyModel, preview: AuthPreview): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of preview.authStates) {
    const codes = s.outcomes.filter((o) => o.indistinguishableFromOk).map((o) => o.code);
    if (codes.length === 0) continue;
    const state = model.states.find((x) => x.qid === s.state);
    const ok = s.outcomes[0];
    const all = codes.length === s.outcomes.length - 1;
    const end = ok.ends.kind === 'externalInput' ? `waits at '${ok.ends.state}'` : `${ok.ends.kind} at '${ok.ends.state}'`;
    out.push(
      diag(
        'AUTHLINT-006',
        'warning',
        `${all ? 'Every failure' : `${codes.join(', ')}`} of '${state?.id ?? s.state}' takes the same path as a valid credential (${end}): no branch tells ${all ? 'them' : codes.length > 1 ? 'them' : 'it'} apart from OK`,
        s.span,
        state?.path ?? '',
      ),
    );
  }
  return out;
}

/** Runs the preview and returns its AUTHLINT-006 diagnostics. */
export async function previewDiagnostics(model: JourneyModel, options: PreviewOptions = {}): Promise<Diagnostic[]> {
  return indistinguishableDiagnostics(model, await previewAuth(model, options));
}
