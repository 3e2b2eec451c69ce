/** Types of the trimmed Monaco entry: the same API as `monaco-editor`. */
export * from 'monaco-editor';
