import { describe, expect, it } from 'vitest';
import { TASK_KINDS } from '../../../src/core/catalog/task-kinds';
import { fieldsFor } from '../../../src/editor/inspector/state-fields';

describe('inspector fields', () => {
  it.each([...TASK_KINDS.keys()])('%s offers every field the plugin documents, its required ones marked', (kind) => {
    const info = TASK_KINDS.get(kind)!;
    const fields = fieldsFor('task', kind);
    expect(fields.map((f) => f.at)).toEqual(info.fields.filter((f) => f !== 'kind').map((f) => `task.${f}`));
    expect(fields.filter((f) => f.required).map((f) => f.label)).toEqual(info.fields.filter((f) => info.required.includes(f)));
  });

  it('types the inputs from the schema: numbers, closed value sets, nested values', () => {
    const http = new Map(fieldsFor('task', 'httpCall:v1').map((f) => [f.label, f]));
    expect(http.get('timeoutMs')?.input).toBe('integer');
    expect(http.get('method')).toMatchObject({ input: 'enum', options: ['GET', 'POST', 'PUT', 'DELETE'] });
    expect(http.get('headers')?.input).toBe('structured');
    expect(http.get('resultVar')).toMatchObject({ input: 'text', help: 'Context key receiving the result object.' });
  });

  it("offers a state type's block fields, and fail/succeed's own, never the transitions", () => {
    expect(fieldsFor('wait').map((f) => f.at)).toEqual(['wait.channel', 'wait.input', 'wait.response', 'wait.timeoutSec']);
    expect(fieldsFor('fail').map((f) => f.at)).toEqual(['errorCode', 'reason']);
    expect(fieldsFor('succeed').map((f) => f.at)).toEqual(['outputVar']);
    expect(fieldsFor('timer').map((f) => [f.at, f.input])).toEqual([['timer.duration', 'text'], ['timer.until', 'text']]);
    expect(fieldsFor('choice')).toEqual([]);
    // The help drops the plugin prefix the panel already shows.
    expect(fieldsFor('task', 'kafkaPublish:v1').find((f) => f.label === 'topic')?.help).toBe('target topic.');
  });

  it('an unknown plugin has no form (its fields are not documented)', () => {
    expect(fieldsFor('task', 'acme:v1')).toEqual([]);
  });
});
