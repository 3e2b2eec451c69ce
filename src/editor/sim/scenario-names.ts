/** Scenario names of a scenario file, for pickers; pure and tolerant of broken text. */
import { parse } from 'yaml';

/** Names in order; empty when the text does not parse. */
export function scenarioNames(text: string): string[] {
  try {
    const doc = parse(text, { maxAliasCount: 100 }) as { scenarios?: { name?: unknown }[] } | null;
    return (doc?.scenarios ?? []).map((s, i) => (typeof s?.name === 'string' ? s.name : `scenario ${i + 1}`));
  } catch {
    return [];
  }
}
