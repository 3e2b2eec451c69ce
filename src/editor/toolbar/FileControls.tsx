/** New from a template or a shared example, and Open: in the toolbar, and on the empty workspace (nothing else needs a journey). */
import { TEMPLATES } from '../files/templates';
import { EXAMPLES } from '../files/examples';
import { openFiles } from '../files/open-files';
import { FilePicker } from '../files/FilePicker';
import { addExampleApis } from '../files/example-apis';
import type { WorkspaceStore } from '../workspace/workspace-store';

export function FileControls({ workspace }: { workspace: WorkspaceStore }) {
  return (
    <>
      <select
        data-testid="new-journey"
        aria-label="New journey"
        value=""
        onChange={(e) => {
          const t = TEMPLATES.find((x) => x.id === e.target.value);
          if (t) return void workspace.getState().open(t.fileName, t.text);
          const example = EXAMPLES.find((x) => x.id === e.target.value);
          if (example)
            void example.load().then((text) => {
              workspace.getState().open(example.fileName, text);
              return addExampleApis(workspace, text);
            });
        }}
      >
        <option value="">New…</option>
        {TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
        {(['business', 'technical'] as const).map((group) => (
          <optgroup key={group} label={`Example: ${group}`}>
            {EXAMPLES.filter((x) => x.group === group).map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FilePicker className="button" testId="open-journey" multiple onFiles={(files) => void openFiles(workspace, files)}>
        Open…
      </FilePicker>
    </>
  );
}
