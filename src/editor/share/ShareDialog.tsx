/**
 * The share popover: the link of the active journey (optionally with its
 * scenario file and its OpenAPI documents), a copy button, and what was stripped from the files before
 * they went into the link.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SharedFile } from '../../core/share/share-link';
import { shareUrl } from '../../core/share/share-link';
import { simStoreFor } from '../sim/sim-store';
import { useEditor, useEditorStore } from '../store/editor-context';
import { currentScenarios, referencedApis, sharePayload } from './share-payload';
import { useWorkspaceApis } from '../workspace/workspace-context';

type Link = { url: string; removed: string[] } | { error: string };

/** The share popover of the active journey. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditorStore();
  const text = useEditor((s) => s.text);
  const fileName = useEditor((s) => s.fileName);
  const [include, setInclude] = useState(false);
  const [includeApis, setIncludeApis] = useState(false);
  const apiRefs = useEditor((s) => s.apiRefs);
  const workspaceApis = useWorkspaceApis();
  const apis = useMemo(() => referencedApis(apiRefs, workspaceApis), [apiRefs, workspaceApis]);
  const [scenarios, setScenarios] = useState<SharedFile | undefined | 'loading'>('loading');
  const [link, setLink] = useState<Link | undefined>();
  const [copied, setCopied] = useState<'copied' | 'manual' | undefined>();
  const urlRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    void currentScenarios(editor, simStoreFor(editor)).then((s) => live && setScenarios(s));
    return () => {
      live = false;
    };
  }, [editor]);
  useEffect(() => {
    if (scenarios === 'loading') return;
    let live = true;
    const payload = sharePayload({ name: fileName, text }, scenarios, include, includeApis ? apis : []);
    void shareUrl(location.href, payload).then((r) => {
      if (!live) return;
      setLink(r.ok && r.url ? { url: r.url, removed: r.removed } : { error: r.ok ? 'no link' : r.error });
      setCopied(undefined);
    });
    return () => {
      live = false;
    };
  }, [text, fileName, scenarios, include, includeApis, apis]);
  const copy = (url: string) => {
    const manual = () => {
      urlRef.current?.select();
      setCopied('manual');
    };
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(url).then(() => setCopied('copied'), manual);
  };
  return (
    <div className="share-dialog" role="dialog" aria-label="Share link" data-testid="share-dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="panel-title">Share a link to {fileName}</div>
      <label className="share-option">
        <input
          type="checkbox"
          data-testid="share-include-scenarios"
          checked={include}
          disabled={!scenarios || scenarios === 'loading'}
          onChange={(e) => setInclude(e.target.checked)}
        />
        Include its scenarios{scenarios && scenarios !== 'loading' ? ` (${scenarios.name})` : ' (none)'}
      </label>
      <label className="share-option">
        <input
          type="checkbox"
          data-testid="share-include-apis"
          checked={includeApis}
          disabled={!apis.length}
          onChange={(e) => setIncludeApis(e.target.checked)}
        />
        Include its OpenAPI documents{apis.length ? ` (${apis.map((d) => d.name).join(', ')})` : ' (none open)'}
      </label>
      {!link ? <p className="hint">Packing the link…</p> : null}
      {link && 'error' in link ? (
        <p className="share-error" role="alert" data-testid="share-error">
          {link.error}
        </p>
      ) : null}
      {link && 'url' in link ? (
        <>
          <div className="share-row">
            <input ref={urlRef} readOnly data-testid="share-url" value={link.url} aria-label="Share link" onFocus={(e) => e.target.select()} />
            <button type="button" data-testid="share-copy" onClick={() => copy(link.url)}>
              Copy
            </button>
          </div>
          <p className="hint" data-testid="share-copied">
            {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'manual' ? 'Press Ctrl+C to copy the selected link.' : `${(link.url.length / 1024).toFixed(1)} KiB; the journey travels in the link itself, never to a server.`}
          </p>
          <Removed removed={link.removed} />
        </>
      ) : null}
      <div className="share-row share-end">
        <button type="button" data-testid="share-close" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/** What the link does not carry: secrets are stripped by the core encoder, which refuses files it cannot read (shown as the error). */
function Removed({ removed }: { removed: string[] }) {
  if (!removed.length) {
    return <p className="hint">Nothing secret found: private keys, secrets, tokens and API key values (in values or comments) are never put in a link.</p>;
  }
  return (
    <div data-testid="share-removed">
      <p className="share-warning">Removed from the link ({removed.length}): the receiver gets the rest without these secrets.</p>
      <ul>
        {removed.map((r) => (
          <li key={r} data-testid="share-removed-item">
            <code>{r}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
