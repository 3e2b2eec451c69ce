import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const f = process.argv[2];
const doc = parse(readFileSync(f, 'utf8'));
const spec = doc.spec ?? {};
const out: string[] = [`# ${doc.metadata?.name} kind=${doc.kind} start=${spec.start}`];
if (spec.input?.schema) out.push(`input.required=${JSON.stringify(spec.input.schema.required ?? [])} props=${Object.keys(spec.input.schema.properties ?? {}).join(',')}`);
if (spec.execution) out.push(`execution=${JSON.stringify(spec.execution)}`);
if (spec.bindings) out.push(`bindings=${JSON.stringify(spec.bindings).slice(0, 300)}`);
const dump = (states: any, ind: string) => {
  for (const [id, s] of Object.entries<any>(states ?? {})) {
    const t = s?.type;
    let line = `${ind}${id}: ${t}`;
    if (t === 'task') line += ` ${s.task?.kind} ${s.task?.operationRef ?? s.task?.method ?? ''} ${s.task?.url ?? ''} rv=${s.task?.resultVar ?? ''} mode=${s.task?.mode ?? ''} ${s.task?.profile ? 'profile=' + s.task.profile : ''} ${s.task?.authVar ? 'authVar=' + s.task.authVar : ''}`;
    if (t === 'choice') {
      line += '\n' + (s.choices ?? []).map((c: any) => `${ind}   when ${String(c?.when?.predicate?.expr ?? '').trim().replace(/\s+/g, ' ').slice(0, 160)} -> ${c?.next}`).join('\n') + `\n${ind}   default -> ${s.default}`;
    }
    if (t === 'transform') line += ` :: ${String(s.transform?.mapper?.expr ?? '').trim().replace(/\s+/g, ' ').slice(0, 200)}`;
    if (t === 'wait' || t === 'webhook') { const b = s[t] ?? {}; line += ` req=${JSON.stringify(b.input?.schema?.required ?? [])} props=${JSON.stringify(b.input?.schema?.properties ?? {}).slice(0, 200)} timeout=${b.timeoutSec ?? ''} onTimeout=${b.onTimeout ?? ''} default=${b.default ?? ''}`; }
    if (t === 'timer') line += ` ${JSON.stringify(s.timer)}`;
    if (t === 'fail') line += ` ${s.errorCode}`;
    if (t === 'succeed') line += ` outputVar=${s.outputVar ?? ''}`;
    if (t === 'subjourney') line += ` ${JSON.stringify(s.subjourney).slice(0, 200)}`;
    if (s?.next) line += ` -> ${s.next}`;
    out.push(line);
    if (t === 'parallel') {
      for (const b of s.parallel?.branches ?? []) { out.push(`${ind}  [branch ${b.name} start=${b.start}]`); dump(b.states, ind + '    '); }
      out.push(`${ind}  join=${JSON.stringify(s.parallel?.join ?? {}).slice(0, 200)}`);
    }
  }
};
dump(spec.states, '  ');
for (const [n, sj] of Object.entries<any>(spec.subjourneys ?? {})) { out.push(`  {subjourney ${n} start=${sj.start}}`); dump(sj.states, '    '); }
if (spec.compensation) { out.push(`  {compensation start=${spec.compensation.start}}`); dump(spec.compensation.states, '    '); }
console.log(out.join('\n'));
