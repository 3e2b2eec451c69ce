/**
 * Writes the identity lab into a scenario file's text with the `yaml`
 * Document API: lab profiles, tokens and certificates replace the entries of
 * the same name, everything else (other entries, mocks, scenarios, comments)
 * stays. Pure; never throws.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { LAB_DEFAULT_NOW, type LabState } from './lab-types';
import { toScenarioEnv, type JsonObject } from './scenario-env';
import { lookupTable } from '../own-property';

export type TextResult = { text: string } | { error: string };

function load(text: string): Document | { error: string } {
  const doc = parseDocument(text.trim() ? text : '{}\n');
  if (doc.errors.length) return { error: `the scenario file is not valid YAML: ${doc.errors[0].message.split('\n')[0]}` };
  // A file of comments only has no contents yet.
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) return { error: 'the scenario file is not a mapping' };
  // A fresh `{}` document stays in flow style otherwise.
  if (doc.contents.items.length === 0) doc.contents.flow = false;
  return doc;
}

/** The file's virtual clock start (`env.now`), if it sets one. Pure. */
export function scenarioNow(text: string): string | undefined {
  const doc = parseDocument(text);
  const now = doc.errors.length ? undefined : doc.getIn(['env', 'now']);
  return typeof now === 'string' ? now : undefined;
}

/** Merges the lab's env into the scenario text (creating `env` as needed; `scenarios` are kept). Pure. */
export function applyLabToScenarioText(text: string, lab: LabState): TextResult {
  try {
    const doc = load(text);
    if ('error' in doc) return doc;
    const now = scenarioNow(text);
    const env = toScenarioEnv(lab, now ?? lab.now);
    if (!now) doc.setIn(['env', 'now'], lab.now || LAB_DEFAULT_NOW);
    const auth = (env.auth ?? {}) as Record<string, Record<string, JsonObject>>;
    for (const [mechanism, profiles] of Object.entries(auth)) {
      for (const [name, value] of Object.entries(profiles)) {
        const merged = withFileEntries(doc, mechanism, name, value, lab);
        doc.setIn(['env', 'auth', mechanism, name], doc.createNode(merged));
      }
    }
    for (const section of ['tokens', 'certs'] as const) {
      for (const [name, value] of Object.entries((env[section] ?? {}) as JsonObject)) doc.setIn(['env', section, name], doc.createNode(value));
    }
    return { text: doc.toString({ lineWidth: 0 }) };
  } catch (err) {
    return { error: `could not write the scenario file: ${String(err)}` };
  }
}

/** Which list of a profile holds named entries, and the entry's name field. */
const LISTS: Readonly<Record<string, [list: string, id: string]>> = lookupTable({ jwt: ['keys', 'kid'], apiKey: ['keys', 'keyId'], mtls: ['authorities', 'name'] });

/**
 * The lab's profile, plus the file's list entries the lab does not know at
 * all (a key `k2` the file's own scenarios sign with): the lab's fields and
 * entries win, and a key the lab retired stays out.
 */
function withFileEntries(doc: Document, mechanism: string, name: string, value: JsonObject, lab: LabState): JsonObject {
  const [list, id] = LISTS[mechanism] ?? [];
  const existing: unknown = list ? doc.getIn(['env', 'auth', mechanism, name, list]) : undefined;
  if (!list || !isSeq(existing)) return value;
  const ours = Array.isArray(value[list]) ? (value[list] as JsonObject[]) : [];
  const known = new Set(ours.map((e) => String(e[id])));
  if (mechanism === 'jwt') for (const k of lab.jwt.find((p) => p.name === name)?.keys ?? []) known.add(k.kid);
  const extra = (existing.toJSON() as unknown[]).filter((e) => {
    const key = typeof e === 'string' ? e : e && typeof e === 'object' ? (e as Record<string, unknown>)[id] : undefined;
    return typeof key === 'string' && !known.has(key);
  }) as JsonObject[];
  return { ...value, [list]: [...ours, ...extra] };
}

/** Appends a scenario (renamed `name (2)`… when its name is taken). Pure. */
export function addScenario(text: string, scenario: JsonObject & { name: string }): TextResult {
  try {
    const doc = load(text);
    if ('error' in doc) return doc;
    let seq = doc.get('scenarios');
    if (!isSeq(seq)) {
      doc.set('scenarios', doc.createNode([]));
      seq = doc.get('scenarios');
    }
    if (!isSeq(seq)) return { error: 'scenarios is not a list' };
    const names = seq.items.map((s) => (isMap(s) ? String(s.get('name')) : ''));
    let name = scenario.name;
    for (let i = 2; names.includes(name); i++) name = `${scenario.name} (${i})`;
    seq.flow = false;
    seq.items.push(doc.createNode({ ...scenario, name }));
    return { text: doc.toString({ lineWidth: 0 }) };
  } catch (err) {
    return { error: `could not add the scenario: ${String(err)}` };
  }
}
