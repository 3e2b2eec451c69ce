/**
 * A button that opens the browser's file chooser (styled by the caller as a button or a link).
 * The file input itself is hidden and out of the tab order: the button is what a person reaches and
 * presses. The input is cleared after each choice, so choosing the same file again reads it again.
 */
import { useRef, type ReactNode } from 'react';

export function FilePicker(props: {
  children: ReactNode;
  className?: string;
  testId: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={props.className} data-opens={props.testId} onClick={() => input.current?.click()}>
        {props.children}
      </button>
      <input
        ref={input}
        type="file"
        data-testid={props.testId}
        accept=".yaml,.yml,.json"
        multiple={props.multiple}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </>
  );
}
