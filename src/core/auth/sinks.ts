/** States where an unauthenticated submission would do harm: side effects, outbound calls, success. Pure. */
import type { JourneyModel, ScopeModel, StateModel } from '../model/types';
import { child, str } from '../yaml-nodes';
import { lookupTable } from '../own-property';

const OUTBOUND: Readonly<Record<string, string>> = lookupTable({
  'httpCall:v1': 'an outbound HTTP call',
  'kafkaPublish:v1': 'a Kafka publish',
  'schedule:v1': 'a schedule',
});

/** What makes `s` a sink (for messages), or undefined. Parallel branches and subjourney bodies are looked into. */
export function sinkOf(model: JourneyModel, s: StateModel, depth = 0): string | undefined {
  if (s.type === 'succeed') return s.scope.kind === 'top' ? 'a succeed' : undefined;
  if (s.type === 'task') return OUTBOUND[s.task?.kind?.value ?? ''];
  if (s.type === 'transform' && str(child(child(s.body, 'target'), 'kind')) === 'attributes') return 'a write to journey attributes';
  if (depth > 8) return undefined;
  const bodies: ScopeModel[] = s.type === 'parallel' ? [...s.branches] : [];
  const sub = s.type === 'subjourney' && s.ref ? model.subjourneys.get(s.ref.value) : undefined;
  if (sub) bodies.push(sub);
  for (const b of bodies) {
    for (const inner of b.states.values()) {
      const why = sinkOf(model, inner, depth + 1);
      if (why) return `${why} at '${inner.id}' inside it`;
    }
  }
  return undefined;
}
