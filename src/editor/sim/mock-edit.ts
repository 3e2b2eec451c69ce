/**
 * HTTP mocks of one task node inside a scenario file's `env.http`, read and
 * written through the yaml Document API (comments and other entries stay). Pure.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

export interface MockResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type MockAnswer = MockResponse | { error: 'TIMEOUT' | 'NETWORK' };

interface Target {
  state: string;
  operationRef?: string;
}

function matches(entry: unknown, t: Target): 'state' | 'operation' | undefined {
  if (!isMap(entry)) return undefined;
  const match = entry.get('match');
  if (!isMap(match)) return undefined;
  const state = match.get('state');
  if (typeof state === 'string' && (state === t.state || state.endsWith(`/${t.state}`) || t.state.endsWith(`/${state}`))) return 'state';
  const op = match.get('operationRef');
  if (t.operationRef && op === t.operationRef) return 'operation';
  return undefined;
}

/** The first mock answering the node (by state, else by operationRef), as the simulator would pick it. */
export function findMock(text: string, target: Target): { by: 'state' | 'operation'; answer: MockAnswer } | undefined {
  const doc = parseDocument(text);
  const http = doc.getIn(['env', 'http']);
  if (!isSeq(http)) return undefined;
  for (const entry of http.items) {
    const by = matches(entry, target);
    if (!by) continue;
    const js = (entry as YAMLMap).toJSON() as { respond?: MockAnswer; sequence?: MockAnswer[] };
    const answer = js.respond ?? js.sequence?.[0];
    if (answer) return { by, answer };
  }
  return undefined;
}

/** Sets the node's own mock (`match: {state}`), first in `env.http` so it wins; returns the new file text. */
export function setStateMock(text: string, state: string, answer: MockAnswer): string {
  const doc = parseDocument(text.trim() ? text : 'scenarios: []\n');
  if (doc.errors.length) throw new Error(`The scenario file does not parse (${doc.errors[0].message}); fix it first`);
  const entry = doc.createNode({ match: { state }, respond: answer });
  const http = doc.getIn(['env', 'http']);
  if (isSeq(http)) {
    const at = http.items.findIndex((e) => matches(e, { state }) === 'state');
    if (at >= 0) http.items.splice(at, 1);
    http.flow = false;
    http.items.unshift(entry);
  } else doc.setIn(['env', 'http'], doc.createNode([{ match: { state }, respond: answer }]));
  return doc.toString({ lineWidth: 0 });
}
