/** A tiny DataWeave tokenizer for the inspector's expression editors (colours only, no semantics). */
import type * as MonacoNs from 'monaco-editor';

/** The Monaco language id of predicates. */
export const DATAWEAVE = 'dataweave';

let registered = false;

/** Registers the `dataweave` Monarch tokenizer once. */
export function registerDataWeave(monaco: typeof MonacoNs): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: DATAWEAVE });
  monaco.languages.setMonarchTokensProvider(DATAWEAVE, {
    keywords: ['if', 'else', 'and', 'or', 'not', 'default', 'as', 'is', 'match', 'case', 'do', 'fun', 'var', 'using', 'unless', 'otherwise', 'true', 'false', 'null', 'contains', 'map', 'filter', 'reduce', 'pluck', 'groupBy', 'orderBy', 'distinctBy', 'sizeOf', 'isEmpty', 'startsWith', 'endsWith', 'upper', 'lower', 'now'],
    tokenizer: {
      root: [
        [/\/\/.*$/, 'comment'],
        [/\/\*/, 'comment', '@comment'],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/'([^'\\]|\\.)*'/, 'string'],
        [/\d+(\.\d+)?/, 'number'],
        [/[A-Za-z_$][\w$]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
        [/[=!<>]=?|\+\+|--|->|[+\-*/~]|\.\.?|::/, 'operator'],
        [/[{}()[\]]/, '@brackets'],
      ],
      comment: [
        [/\*\//, 'comment', '@pop'],
        [/./, 'comment'],
      ],
    },
  });
}
