/**
 * The inspector's form for a state's own fields (its type's block or its task
 * plugin's fields): names and enums as inputs, expressions as small Monaco
 * editors, nested values shown as written with a link to them in the code.
 * Every change is one `field.set` / `field.unset` command (one undo step);
 * each field lists the problems located in it.
 */
import { useEffect, useId, useState } from 'react';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics';
import { parsePath } from '../../core/commands/field-set';
import { plainOrQuoted } from '../../core/commands/yaml-splice';
import { liteAnalysis, runCommand } from '../commands';
import type { ViewNode } from '../graph-view';
import { useEditor, useEditorStore } from '../store/editor-context';
import type { EditorStore } from '../store/editor-store';
import { fieldsFor, type FieldSpec } from '../inspector/state-fields';
import { ExpressionField } from './ExpressionField';
import { findOperation, libraryResolver, openApiRefsIn, type ApiDocument } from '../files/api-library';
import { useWorkspaceApis } from '../workspace/workspace-context';
import { InlineProblems } from './InlineProblems';

/** What a field holds in the current text. */
interface FieldValue {
  /** A scalar's value as text; undefined when the field is absent or not a scalar. */
  scalar?: string;
  /** The field's value exactly as written, for nested values. */
  written?: string;
  line?: number;
  present: boolean;
  /** `{lang, expr}` mappings inside the field, relative to the state. */
  expressions: string[];
}

/** Whether a diagnostic path points at `path` or inside it. */
export function isWithin(diagPath: string, path: string): boolean {
  return diagPath === path || diagPath.startsWith(`${path}.`) || diagPath.startsWith(`${path}[`);
}

function readField(store: EditorStore, state: ViewNode, at: string): FieldValue {
  const { source, model } = liteAnalysis(store);
  const full = `${state.path}.${at}`;
  const expressions = model.exprSites
    .filter((s) => s.exprNode && isWithin(s.path, full))
    .map((s) => s.path.slice(state.path.length + 1));
  const path = parsePath(full);
  const node = path && source.doc ? source.doc.getIn(path, true) : undefined;
  if (node === undefined || node === null) return { present: false, expressions };
  const range = (node as { range?: [number, number, number] }).range;
  const line = range ? source.lines.positionAt(range[0]).line : undefined;
  if (isScalar(node) && (node.value === null || typeof node.value !== 'object'))
    return {
      present: true,
      scalar: node.value === null ? '' : String(node.value),
      line,
      expressions,
    };
  const written =
    range && (isMap(node) || isSeq(node))
      ? dedent(source.text.slice(lineStartOf(source.text, range[0]), range[1]))
      : undefined;
  return { present: true, written, line, expressions };
}

function lineStartOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  // A flow value (`{ a: 1 }`) starts mid-line: show it from where it starts.
  return nl >= 0 && text.slice(nl + 1, offset).trim() === '' ? nl + 1 : offset;
}

/** Block YAML as written, without the indentation it has in the file. */
function dedent(block: string): string {
  const lines = block.trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Names this document declares that a reference field may name (offered as suggestions, not enforced here). */
function suggestionsFor(store: EditorStore, at: string, apiDocs: readonly ApiDocument[]): string[] {
  const { model, source } = liteAnalysis(store);
  const keysAt = (path: string[]) => {
    const node = source.doc?.getIn(path, true);
    return isMap(node) ? node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : [];
  };
  switch (at) {
    case 'subjourney.ref':
      return [...model.subjourneys.keys()];
    case 'transform.mapperRef':
      return [...model.mappers.keys()];
    case 'task.start':
      return [...model.top.states.keys()];
    case 'task.resiliencePolicyRef':
      return keysAt(['spec', 'policies', 'httpResilience', 'definitions']);
    case 'task.operationRef': {
      // Each operation of an API whose OpenAPI document is open; `<api>.` for the others.
      const refs = openApiRefsIn(source.root);
      const resolve = libraryResolver(apiDocs);
      return [...model.apis.keys()].flatMap((api) => {
        const ref = refs.get(api);
        const found = ref ? resolve(ref) : undefined;
        return found?.ok ? [...found.operations.keys()].map((id) => `${api}.${id}`) : [`${api}.`];
      });
    }
    default:
      return [];
  }
}

/** The form; `diagnostics` are the state's own. */
export function StateFields({
  state,
  diagnostics,
}: {
  state: ViewNode;
  diagnostics: readonly Diagnostic[];
}) {
  const store = useEditorStore();
  // Re-read on every change of the text (undo, typing in the code pane); the read is cached per text.
  useEditor((s) => s.text);
  const [moreOpen, setMoreOpen] = useState(false);
  const fields = fieldsFor(state.type, state.taskKind).map((spec) => ({
    spec,
    value: readField(store, state, spec.at),
    problems: diagnostics.filter((d) => isWithin(d.path, `${state.path}.${spec.at}`)),
  }));
  if (!fields.length) return null;
  // Fields in use (or required, or with a problem) first; the other documented ones one click away.
  const shown = fields.filter((f) => f.value.present || f.spec.required || f.problems.length);
  const more = fields.filter((f) => !shown.includes(f));
  const render = (f: (typeof fields)[number]) => (
    <Field key={f.spec.at} spec={f.spec} state={state} value={f.value} problems={f.problems} />
  );
  return (
    <fieldset className="state-fields" data-testid="state-fields">
      <legend>{state.taskKind ?? state.type} fields</legend>
      {shown.map(render)}
      {more.length ? (
        <details
          className="state-fields-more"
          open={moreOpen}
          onToggle={(e) => setMoreOpen(e.currentTarget.open)}
        >
          <summary data-testid="more-fields">Other fields ({more.length})</summary>
          {moreOpen ? more.map(render) : null}
        </details>
      ) : null}
    </fieldset>
  );
}

function Field({
  spec,
  state,
  value,
  problems,
}: {
  spec: FieldSpec;
  state: ViewNode;
  value: FieldValue;
  problems: readonly Diagnostic[];
}) {
  const store = useEditorStore();
  const apiDocs = useWorkspaceApis();
  const [error, setError] = useState<string | undefined>();
  const run = (res: ReturnType<typeof runCommand>) => setError(res.ok ? undefined : res.error);
  const path = `${state.path}.${spec.at}`;
  const commit = (typed: string) => {
    const next = typed.trim();
    if (next === (value.scalar ?? '') && value.present === (next !== ''))
      return setError(undefined);
    if (!next) return run(runCommand(store, 'field.unset', { path }));
    if (spec.input === 'integer' && !/^\d+$/.test(next))
      return setError(`${spec.label} is a whole number`);
    run(
      runCommand(store, 'field.set', {
        path,
        value: spec.input === 'integer' ? next : plainOrQuoted(next),
      }),
    );
  };
  const scalarInput =
    value.expressions.length === 0 && value.written === undefined && spec.input !== 'structured';
  // A scalar's input is named by a real <label>; an expression editor or a written block by the label's id.
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const Label = scalarInput ? 'label' : 'div';
  return (
    <div
      className="state-field"
      data-testid="state-field"
      data-field={spec.at}
      data-present={value.present ? 'true' : 'false'}
    >
      <Label className="state-field-label" id={labelId} htmlFor={scalarInput ? inputId : undefined} title={spec.help || undefined}>
        {spec.label}
        {spec.required ? (
          <span className="required" aria-label="required">
            {' '}
            *
          </span>
        ) : null}
        {value.line && !scalarInput ? (
          <button
            className="link"
            onClick={() => store.getState().revealLine(value.line!)}
            title="Show it in the code"
          >
            line {value.line}
          </button>
        ) : null}
      </Label>
      {value.expressions.length ? (
        value.expressions.map((at) => <ExpressionField key={at} state={state} at={at} label={spec.label} />)
      ) : scalarInput ? (
        spec.input === 'enum' ? (
          <EnumInput id={inputId} spec={spec} current={value.scalar ?? ''} onCommit={commit} />
        ) : (
          <TextInput
            id={inputId}
            spec={spec}
            current={value.scalar ?? ''}
            onCommit={commit}
            invalid={problems.length > 0 || !!error}
            suggestions={suggestionsFor(store, spec.at, apiDocs)}
          />
        )
      ) : value.written !== undefined ? (
        // Focusable: it scrolls when long, and a keyboard must be able to scroll it.
        <pre className="state-field-written" data-testid="field-written" tabIndex={0} role="textbox" aria-readonly="true" aria-multiline="true" aria-labelledby={labelId}>
          {value.written}
        </pre>
      ) : (
        <span className="hint">
          {value.present
            ? 'empty'
            : `not set${spec.input === 'structured' ? ' (add it in the code)' : ''}`}
        </span>
      )}
      {spec.at === 'task.operationRef' && value.scalar ? <OperationHint operationRef={value.scalar} docs={apiDocs} /> : null}
      {error ? <span className="field-error">{error}</span> : null}
      <InlineProblems problems={problems} testId="field-problems" />
    </div>
  );
}

/** What an operationRef calls, from the API's OpenAPI document: method, path and required parameters. */
function OperationHint({ operationRef, docs }: { operationRef: string; docs: readonly ApiDocument[] }) {
  const store = useEditorStore();
  const op = findOperation(openApiRefsIn(liteAnalysis(store).source.root), docs, operationRef);
  if (!op) return null;
  const required = op.required.map((p) => `${p.in} ${p.name}`).join(', ');
  return (
    <span className="field-hint" data-testid="operation-hint" title={op.file}>
      {op.method} {op.path}
      {required ? ` · requires ${required}` : ''}
    </span>
  );
}

function TextInput(props: {
  id: string;
  spec: FieldSpec;
  current: string;
  onCommit: (v: string) => void;
  invalid: boolean;
  suggestions: string[];
}) {
  const { id, spec, current, onCommit, invalid, suggestions } = props;
  const listId = `suggest-${spec.at}`;
  const [typed, setTyped] = useState(current);
  // Follow the text (undo, code-pane edits) unless the person is mid-edit in this input.
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setTyped(current);
  }, [current, editing]);
  return (
    <>
      <input
        id={id}
        className="nodrag"
        list={suggestions.length ? listId : undefined}
        data-testid="field-input"
        inputMode={spec.input === 'integer' ? 'numeric' : undefined}
        placeholder={spec.required ? 'required' : ''}
        value={typed}
        aria-invalid={invalid}
        onFocus={() => setEditing(true)}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={() => {
          setEditing(false);
          onCommit(typed);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(typed);
          if (e.key === 'Escape') setTyped(current);
        }}
      />
      {suggestions.length ? (
        <datalist id={listId} data-testid="field-suggestions">
          {suggestions.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

function EnumInput({
  id,
  spec,
  current,
  onCommit,
}: {
  id: string;
  spec: FieldSpec;
  current: string;
  onCommit: (v: string) => void;
}) {
  const options = spec.options ?? [];
  return (
    <select
      id={id}
      className="nodrag"
      data-testid="field-input"
      value={current}
      onChange={(e) => onCommit(e.target.value)}
    >
      <option value="">—</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
      {current && !options.includes(current) ? <option value={current}>{current}</option> : null}
    </select>
  );
}
