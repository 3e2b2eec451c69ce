/**
 * A label that opens the browser's file chooser (styled by the caller as a button or a link).
 * The input is cleared after each choice, so choosing the same file again reads it again.
 */
import type { ReactNode } from 'react';

export function FilePicker(props: {
  children: ReactNode;
  className?: string;
  testId: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label className={props.className}>
      {props.children}
      <input
        type="file"
        data-testid={props.testId}
        accept=".yaml,.yml,.json"
        multiple={props.multiple}
        className="sr-only"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </label>
  );
}
