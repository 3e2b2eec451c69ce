/** New from a template or a shared example, and Open: in the toolbar, and on the empty workspace (nothing else needs a journey). */
import { TEMPLATES } from '../files/templates';
import { EXAMPLES } from '../files/examples';
import { openFiles } from '../files/open-files';
import { FilePicker } from '../files/FilePicker';
import { addExampleApis } from '../files/example-apis';
import { keptNote } from '../files/example-notes';
import { activeDoc } from '../workspace/workspace-store';
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
              // Says why the example opens with warnings (example-notes.ts), instead of leaving a newcomer to wonder.
              const note = keptNote(example.title);
              if (note) activeDoc(workspace.getState())?.store.getState().notify(note.short);
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
            {EXAMPLES.filter((x) => x.group === group).map((x) => {
              const note = keptNote(x.title);
              return (
                <option key={x.id} value={x.id} title={note?.text}>
                  {note ? `${x.title} (keeps ${note.count} warning${note.count === 1 ? '' : 's'} on purpose)` : x.title}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
      <FilePicker className="button" testId="open-journey" multiple onFiles={(files) => void openFiles(workspace, files)}>
        Open…
      </FilePicker>
    </>
  );
}
