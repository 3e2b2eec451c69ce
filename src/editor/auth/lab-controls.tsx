/** The small controls every identity-lab section repeats: a labelled text input and a Remove link. */

type LabInputProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  size: number;
  placeholder?: string;
  type?: 'text' | 'password';
};

/** A text input named for screen readers (and the e2e tests) by `label`; `nodrag` keeps React Flow from panning. */
export function LabInput({ label, value, onChange, size, placeholder, type }: LabInputProps) {
  return (
    <input
      className="nodrag"
      aria-label={label}
      type={type}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      size={size}
    />
  );
}

/** The Remove link of a lab row; `remove` returns an error message or undefined. */
export function RemoveButton({ remove, onError }: { remove(): string | undefined; onError(e: string | undefined): void }) {
  return (
    <button className="link" onClick={() => onError(remove())}>
      Remove
    </button>
  );
}
