/**
 * Structural comparison of OpenAPI / Arazzo documents: paths, operations,
 * response codes and schema shapes, ignoring wording, component names and
 * whether a schema is inline or behind a `$ref`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const GENERIC: Obj = parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'schemas', 'journeyforge', 'journeys.openapi.yaml'), 'utf8'),
) as Obj;

/** Follows a local `#/components/...` ref, or a cross-file ref into the generic Journeys contract. */
function deref(doc: Obj, ref: string): unknown {
  const [file, pointer = ''] = ref.split('#');
  let cur: unknown = file ? GENERIC : doc;
  for (const part of pointer.split('/').filter(Boolean)) cur = isObj(cur) ? cur[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return cur;
}

/** The facts a schema states: types, properties, required names, enums, items (allOf merged). */
export function schemaFacts(doc: Obj, schema: unknown, at = '$', out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 14 || !isObj(schema)) return out;
  if (typeof schema.$ref === 'string') return schemaFacts(doc, deref(doc, schema.$ref), at, out, depth + 1);
  for (const part of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[part];
    if (Array.isArray(list)) for (const s of list) schemaFacts(doc, s, at, out, depth + 1);
  }
  if (schema.type !== undefined) out.add(`${at} type ${[schema.type].flat().join('|')}`);
  if (Array.isArray(schema.enum)) out.add(`${at} enum ${schema.enum.map(String).join('|')}`);
  if (Array.isArray(schema.required)) for (const r of schema.required) out.add(`${at} required ${String(r)}`);
  if (isObj(schema.properties)) {
    for (const [k, v] of Object.entries(schema.properties)) {
      out.add(`${at}.${k}`);
      schemaFacts(doc, v, `${at}.${k}`, out, depth + 1);
    }
  }
  if (schema.items !== undefined) schemaFacts(doc, schema.items, `${at}[]`, out, depth + 1);
  if (schema.additionalProperties === false) out.add(`${at} closed`);
  else if (isObj(schema.additionalProperties)) schemaFacts(doc, schema.additionalProperties, `${at}{}`, out, depth + 1);
  return out;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function bodySchema(doc: Obj, holder: unknown): unknown {
  const h = isObj(holder) && typeof holder.$ref === 'string' ? deref(doc, holder.$ref) : holder;
  const content = isObj(h) ? h.content : undefined;
  return isObj(content) && isObj(content['application/json']) ? content['application/json'].schema : undefined;
}

/** Differences between an upstream reference export and ours, one line each, `kind: detail`. */
export function compareOpenApi(reference: Obj, generated: Obj): string[] {
  const diffs: string[] = [];
  const refPaths = isObj(reference.paths) ? reference.paths : {};
  const genPaths = isObj(generated.paths) ? generated.paths : {};
  for (const p of Object.keys(refPaths)) if (!(p in genPaths)) diffs.push(`path-missing: ${p}`);
  for (const p of Object.keys(genPaths)) if (!(p in refPaths)) diffs.push(`path-extra: ${p}`);
  for (const p of Object.keys(refPaths).filter((x) => x in genPaths)) {
    const rItem = refPaths[p] as Obj;
    const gItem = genPaths[p] as Obj;
    for (const m of METHODS) {
      const r = rItem[m];
      const g = gItem[m];
      if (!isObj(r) && !isObj(g)) continue;
      const op = `${m.toUpperCase()} ${p}`;
      if (!isObj(r) || !isObj(g)) {
        diffs.push(`${isObj(r) ? 'operation-missing' : 'operation-extra'}: ${op}`);
        continue;
      }
      if (r.operationId !== g.operationId) diffs.push(`operationId: ${op} ${String(r.operationId)} → ${String(g.operationId)}`);
      const rRes = isObj(r.responses) ? r.responses : {};
      const gRes = isObj(g.responses) ? g.responses : {};
      for (const c of Object.keys(rRes)) if (!(c in gRes)) diffs.push(`response-missing: ${op} ${c}`);
      for (const c of Object.keys(gRes)) if (!(c in rRes)) diffs.push(`response-extra: ${op} ${c}`);
      diffs.push(...factDiff(`request ${op}`, reference, bodySchema(reference, r.requestBody), generated, bodySchema(generated, g.requestBody)));
      for (const c of Object.keys(rRes).filter((x) => x in gRes)) {
        const rs = bodySchema(reference, rRes[c]);
        const gs = bodySchema(generated, gRes[c]);
        const rKind = envelopeKind(reference, rs);
        const gKind = envelopeKind(generated, gs);
        // A different envelope (status vs outcome) makes a fact-by-fact diff meaningless.
        if (rKind !== gKind) diffs.push(`envelope: ${op} ${c} ${rKind} → ${gKind}`);
        else diffs.push(...factDiff(`response ${op} ${c}`, reference, rs, generated, gs));
      }
    }
  }
  return diffs;
}

/** Which Journeys API envelope a response schema is, by its required fields; `oneOf` lists each branch. */
export function envelopeKind(doc: Obj, schema: unknown): string {
  const resolved = isObj(schema) && typeof schema.$ref === 'string' ? deref(doc, schema.$ref) : schema;
  if (isObj(resolved) && Array.isArray(resolved.oneOf)) return resolved.oneOf.map((b) => envelopeKind(doc, b)).join('|');
  const facts = schemaFacts(doc, schema);
  if (facts.has('$ required statusUrl')) return 'JourneyStartResponse';
  if (facts.has('$ required currentState')) return 'JourneyStatus';
  if (facts.has('$ required phase')) return 'JourneyOutcome';
  return 'body';
}

function factDiff(where: string, rDoc: Obj, rSchema: unknown, gDoc: Obj, gSchema: unknown): string[] {
  const r = schemaFacts(rDoc, rSchema);
  const g = schemaFacts(gDoc, gSchema);
  const out: string[] = [];
  for (const f of r) if (!g.has(f)) out.push(`schema-missing: ${where} ${f}`);
  for (const f of g) if (!r.has(f)) out.push(`schema-extra: ${where} ${f}`);
  return out;
}

/** The operationIds a workflow calls, in order. */
export function workflowOperations(workflow: unknown): string[] {
  const steps = isObj(workflow) && Array.isArray(workflow.steps) ? workflow.steps : [];
  return steps.map((s) => (isObj(s) ? String(s.operationId ?? s.operationPath ?? s.workflowId) : '?'));
}

/** Differences between an upstream Arazzo reference and ours (happy path, sources, start inputs). */
export function compareArazzo(reference: Obj, generated: Obj): string[] {
  const diffs: string[] = [];
  const rWfs = Array.isArray(reference.workflows) ? (reference.workflows as Obj[]) : [];
  const gWfs = Array.isArray(generated.workflows) ? (generated.workflows as Obj[]) : [];
  const happy = (wfs: Obj[]) => wfs.find((w) => String(w.workflowId).endsWith('-happy-path')) ?? wfs[0];
  const r = happy(rWfs);
  const g = happy(gWfs);
  if (r?.workflowId !== g?.workflowId) diffs.push(`workflowId: ${String(r?.workflowId)} → ${String(g?.workflowId)}`);
  for (const w of rWfs) if (w !== r) diffs.push(`workflow-missing: ${String(w.workflowId)}`);
  const noPoll = (ops: string[]) => ops.filter((o) => !o.endsWith('_getStatus'));
  const rOps = workflowOperations(r);
  const gOps = workflowOperations(g);
  if (noPoll(rOps).join(' ') !== noPoll(gOps).join(' ')) diffs.push(`steps: ${noPoll(rOps).join(' ')} → ${noPoll(gOps).join(' ')}`);
  if (rOps.filter((o) => o.endsWith('_getStatus')).length !== gOps.filter((o) => o.endsWith('_getStatus')).length) {
    diffs.push(`polling: ${rOps.filter((o) => o.endsWith('_getStatus')).length} → ${gOps.filter((o) => o.endsWith('_getStatus')).length}`);
  }
  const rSrc = Array.isArray(reference.sourceDescriptions) ? (reference.sourceDescriptions as Obj[]).map((s) => `${String(s.name)} ${String(s.url)}`) : [];
  const gSrc = Array.isArray(generated.sourceDescriptions) ? (generated.sourceDescriptions as Obj[]).map((s) => `${String(s.name)} ${String(s.url)}`) : [];
  if (rSrc.join() !== gSrc.join()) diffs.push(`sources: ${rSrc.join()} → ${gSrc.join()}`);
  const startInput = (wf: Obj | undefined) => {
    const props = isObj(wf?.inputs) && isObj(wf.inputs.properties) ? wf.inputs.properties : {};
    return props.startRequest;
  };
  diffs.push(...factDiff('startRequest', reference, startInput(r), generated, startInput(g)));
  return diffs;
}
