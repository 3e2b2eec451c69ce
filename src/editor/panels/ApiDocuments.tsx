/**
 * The journey's APIs and the OpenAPI documents they are checked against
 * (shown in the inspector while no state is selected): which `openApiRef`s
 * are found, how many operations each has, and the documents to remove.
 */
import { useContext } from 'react';
import { useEditor } from '../store/editor-context';
import { libraryResolver, refFileName } from '../files/api-library';
import { openFiles } from '../files/open-files';
import { FilePicker } from '../files/FilePicker';
import { useWorkspaceApis, WorkspaceContext } from '../workspace/workspace-context';

export function ApiDocuments() {
  const ws = useContext(WorkspaceContext);
  const apis = useWorkspaceApis();
  // From the full analysis (after a pause in typing), not the text: nothing to read per keystroke.
  const refs = useEditor((s) => s.apiRefs);
  if (!ws || (refs.length === 0 && apis.length === 0)) return null;
  const resolve = libraryResolver(apis);
  return (
    <section className="api-documents" data-testid="api-documents">
      <div className="panel-title">APIs</div>
      <ul>
        {refs.map(([api, ref]) => {
          const found = resolve(ref);
          const status = !found
            ? `${refFileName(ref)} is not open: open it (Open…) to check operations against it`
            : found.ok
              ? `${operations(found.operations.size)}: operationRefs are checked`
              : found.reason;
          return (
            <li key={api} data-testid="api-binding" data-api={api} data-found={found?.ok === true}>
              <strong>{api}</strong> <code>{ref}</code>
              <div className={found?.ok ? 'api-ok' : 'api-missing'}>{status}</div>
              {found ? null : (
                <FilePicker className="link api-open" testId="api-open" onFiles={(files) => void openFiles(ws, files)}>
                  Open {refFileName(ref)}…
                </FilePicker>
              )}
            </li>
          );
        })}
      </ul>
      {apis.length ? (
        <>
          <div className="api-docs-title">OpenAPI documents in this workspace</div>
          <ul>
            {apis.map((d) => (
              <li key={d.name} data-testid="api-document" data-name={d.name}>
                {d.name}{' '}
                <button
                  className="link"
                  data-testid="api-remove"
                  title={`Stop checking operationRefs against ${d.name}`}
                  onClick={() => ws.getState().removeApi(d.name)}
                >
                  remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint">Open… an OpenAPI file to check operationRefs against it.</p>
    </section>
  );
}

const operations = (n: number) => `${n} operation${n === 1 ? '' : 's'}`;
