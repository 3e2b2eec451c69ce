/**
 * The context pad (as in Camunda's modeler): small buttons beside the selected
 * state to append the next state (one click for a task, two for any type),
 * insert an auth guard before it, show it in the code, or delete it; and a "+"
 * on a selected transition to insert a state on it. Every control is a
 * labelled button; "A" and "G" on the canvas open the menus.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { EdgeToolbar, NodeToolbar, Position, useStore, type Edge } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { PALETTE_ITEMS, type PaletteItem } from '../palette-items';
import { lookOf } from './state-style';
import { appendState, canAppend, canInsertOnEdge, insertGuard, insertOnEdge, type EdgeRef } from './pad-actions';
import { removeStates } from './selection-actions';
import { guardOptions, type GuardName } from '../auth/guard-actions';
import { liteAnalysis } from '../commands';
import { NODE_H, NODE_W } from './quick-layout';

/** Window events the canvas's keys send: open the append or guard menu of the selected state. */
export const OPEN_APPEND_MENU = 'journey-studio:open-append-menu';
export const OPEN_GUARD_MENU = 'journey-studio:open-guard-menu';

/** One click appends this: the most common next step. */
const QUICK_APPEND = PALETTE_ITEMS.find((i) => i.key === 'task:httpCall:v1')!;

/** The guards offered on the pad, in the words a designer uses. */
const PAD_GUARDS: readonly { name: GuardName; label: string }[] = [
  { name: 'auth.insertGuard.jwt', label: 'JWT' },
  { name: 'auth.insertGuard.jwtPermission', label: 'JWT + permission…' },
  { name: 'auth.insertGuard.apiKey', label: 'API key' },
  { name: 'auth.insertGuard.mtls', label: 'Client certificate' },
];

type Menu = 'append' | 'guard' | undefined;

/** The pad of the one selected state (nothing when none or several are selected). */
export function ContextPad() {
  const store = useEditorStore();
  const selection = useEditor((s) => s.selection);
  const view = useEditor((s) => s.view);
  const text = useEditor((s) => s.text);
  const node = selection.length === 1 ? view?.nodes.find((n) => n.qid === selection[0]) : undefined;
  const [menu, setMenu] = useState<Menu>();
  const [permission, setPermission] = useState<string | undefined>();
  const padRef = useRef<HTMLDivElement>(null);
  const qid = node?.qid;
  useEffect(() => {
    setMenu(undefined);
    setPermission(undefined);
  }, [qid]);
  useEffect(() => {
    const open = (m: Menu) => () => qid && setMenu(m);
    const a = open('append');
    const g = open('guard');
    window.addEventListener(OPEN_APPEND_MENU, a);
    window.addEventListener(OPEN_GUARD_MENU, g);
    return () => {
      window.removeEventListener(OPEN_APPEND_MENU, a);
      window.removeEventListener(OPEN_GUARD_MENU, g);
    };
  }, [qid]);
  // The first entry of an opened menu takes the focus, so the keyboard goes on from there.
  useEffect(() => {
    if (menu) padRef.current?.querySelector<HTMLElement>('.pad-menu button:not([disabled]), .pad-menu input')?.focus();
  }, [menu, permission === undefined]); // eslint-disable-line react-hooks/exhaustive-deps
  const appendable = useMemo(
    () => (qid && text === store.getState().text ? PALETTE_ITEMS.map((item) => ({ item, ok: canAppend(store, qid, item) })) : []),
    [store, qid, text],
  );
  const guards = useMemo(() => {
    if (!qid || text !== store.getState().text) return [];
    const options = guardOptions(liteAnalysis(store), qid);
    return PAD_GUARDS.map((g) => ({ ...g, ok: options.find((o) => o.name === g.name)?.enabled ?? 'not available' }));
  }, [store, qid, text]);
  // Beside the state, on the side with room: the canvas clips what passes its edge.
  const side = useStore((s) => {
    const n = qid ? s.nodeLookup.get(qid) : undefined;
    if (!n) return Position.Right;
    const [tx, , zoom] = s.transform;
    return (n.internals.positionAbsolute.x + NODE_W / 2) * zoom + tx > s.width * 0.6 ? Position.Left : Position.Right;
  });
  if (!node) return null;
  const quick = appendable.find((a) => a.item === QUICK_APPEND)?.ok ?? 'not available';
  const close = () => {
    setMenu(undefined);
    setPermission(undefined);
    document.querySelector<HTMLElement>('[data-testid="canvas"]')?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    // The pad's keys are its own: the canvas must not navigate or pan on them.
    e.stopPropagation();
    if (e.key === 'Escape') close();
    else moveInMenu(e);
  };
  return (
    <NodeToolbar nodeId={node.qid} isVisible position={side} offset={8} align="start">
      <div className={`context-pad nodrag nopan ${side === Position.Left ? 'left' : ''}`} data-testid="context-pad" data-for={node.qid} ref={padRef} onKeyDown={onKeyDown} role="toolbar" aria-label={`Actions on ${node.qid}`}>
        <div className="pad-buttons">
          <button
            data-testid="pad-append-task"
            aria-label={`Append an HTTP call task after ${node.id}`}
            title={quick === true ? `Append an HTTP call task after ${node.id}` : quick}
            disabled={quick !== true}
            onClick={() => appendState(store, node.qid, QUICK_APPEND)}
          >
            <span aria-hidden>+ Task</span>
          </button>
          <button
            data-testid="pad-append"
            aria-label={`Append a state after ${node.id}… (A)`}
            title={`Append a state after ${node.id}… (A)`}
            aria-expanded={menu === 'append'}
            onClick={() => setMenu(menu === 'append' ? undefined : 'append')}
          >
            <span aria-hidden>+ …</span>
          </button>
          <button
            data-testid="pad-guard"
            aria-label={`Insert an auth guard before ${node.id}… (G)`}
            title={`Insert an auth guard before ${node.id}… (G)`}
            aria-expanded={menu === 'guard'}
            onClick={() => setMenu(menu === 'guard' ? undefined : 'guard')}
          >
            <span aria-hidden>Guard</span>
          </button>
          <button data-testid="pad-code" aria-label={`Show ${node.id} in the code`} title={`Show ${node.id} in the code (Enter)`} onClick={() => store.getState().revealLine(node.line)}>
            <span aria-hidden>Code</span>
          </button>
          <button data-testid="pad-delete" aria-label={`Delete ${node.id}`} title={`Delete ${node.id} (Delete)`} onClick={() => removeStates(store, [node.qid])}>
            <span aria-hidden>Delete</span>
          </button>
        </div>
        {menu === 'append' ? (
          <div className="pad-menu" role="menu" aria-label={`Append after ${node.id}`} data-testid="pad-append-menu">
            {appendable.map(({ item, ok }) => (
              <ItemButton key={item.key} item={item} why={ok} onPick={() => appendState(store, node.qid, item)} testId="pad-append-item" />
            ))}
          </div>
        ) : null}
        {menu === 'guard' ? (
          <div className="pad-menu" role="menu" aria-label={`Guard ${node.id} with`} data-testid="pad-guard-menu">
            {permission === undefined ? (
              guards.map((g) => (
                <button
                  key={g.name}
                  role="menuitem"
                  data-testid="pad-guard-item"
                  data-guard={g.name}
                  disabled={g.ok !== true}
                  title={g.ok === true ? `Insert a ${g.label} guard before ${node.id}` : g.ok}
                  onClick={() => (g.name === 'auth.insertGuard.jwtPermission' ? setPermission('') : insertGuard(store, g.name, node.qid))}
                >
                  {g.label}
                </button>
              ))
            ) : (
              <form
                className="pad-permission"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (permission.trim()) insertGuard(store, 'auth.insertGuard.jwtPermission', node.qid, permission.trim());
                }}
              >
                <label>
                  Permission (resource:action)
                  <input data-testid="pad-permission" value={permission} placeholder="tasks:read" list="guard-permission-suggestions" onChange={(e) => setPermission(e.target.value)} />
                </label>
                <button type="submit" disabled={!permission.trim()}>
                  Insert guard
                </button>
              </form>
            )}
          </div>
        ) : null}
      </div>
    </NodeToolbar>
  );
}

function ItemButton({ item, why, onPick, testId }: { item: PaletteItem; why: true | string; onPick: () => void; testId: string }) {
  const look = lookOf(item.type, item.taskKind);
  return (
    <button role="menuitem" data-testid={testId} data-item={item.key} disabled={why !== true} title={why === true ? item.label : why} onClick={onPick}>
      <span className="state-icon" style={{ background: look.color }} aria-hidden>
        {look.icon}
      </span>
      {item.label}
    </button>
  );
}

/** The "+" on the selected transition: inserts a state between its two states. */
export function EdgePad() {
  const store = useEditorStore();
  const text = useEditor((s) => s.text);
  const edge = useStore((s) => s.edges.find((e) => e.selected && isTransition(e)));
  const from = useStore((s) => (edge ? s.nodeLookup.get(edge.source)?.internals.positionAbsolute : undefined));
  const to = useStore((s) => (edge ? s.nodeLookup.get(edge.target)?.internals.positionAbsolute : undefined));
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const edgeId = edge?.id;
  useEffect(() => setOpen(false), [edgeId]);
  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  }, [open]);
  const ref = edge ? edgeRefOf(edge) : undefined;
  const items = useMemo(
    () => (ref && text === store.getState().text ? PALETTE_ITEMS.map((item) => ({ item, ok: canInsertOnEdge(store, ref, item) })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, edgeId, text],
  );
  if (!edge || !ref || !from || !to) return null;
  const x = (from.x + to.x) / 2 + NODE_W / 2;
  const y = (from.y + NODE_H + to.y) / 2;
  return (
    <EdgeToolbar edgeId={edge.id} x={x} y={y} isVisible>
      <div
        className="context-pad edge-pad nodrag nopan"
        data-testid="edge-pad"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') setOpen(false);
          else moveInMenu(e);
        }}
      >
        <button data-testid="edge-insert" aria-label={`Insert a state between ${ref.source} and ${ref.target}…`} title={`Insert a state between ${ref.source} and ${ref.target}…`} aria-expanded={open} onClick={() => setOpen(!open)}>
          <span aria-hidden>+</span>
        </button>
        {open ? (
          <div className="pad-menu" role="menu" ref={menuRef} aria-label={`Insert between ${ref.source} and ${ref.target}`}>
            {items.map(({ item, ok }) => (
              <ItemButton key={item.key} item={item} why={ok} onPick={() => insertOnEdge(store, ref, item)} testId="edge-insert-item" />
            ))}
          </div>
        ) : null}
      </div>
    </EdgeToolbar>
  );
}

/** ↑ and ↓ move between a menu's entries (Tab does too), as in any menu. */
function moveInMenu(e: React.KeyboardEvent): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const menu = (e.target as HTMLElement).closest('.pad-menu');
  if (!menu) return;
  const items = [...menu.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const i = items.indexOf(e.target as HTMLButtonElement);
  const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function isTransition(e: Edge): boolean {
  return Boolean((e.data as { via?: string } | undefined)?.via);
}

/** The transition a canvas edge draws. */
export function edgeRefOf(e: Pick<Edge, 'source' | 'target' | 'data'>): EdgeRef {
  const d = e.data as { via?: string; choiceIndex?: number } | undefined;
  return { source: e.source, target: e.target, via: d?.via ?? 'next', ...(d?.choiceIndex !== undefined ? { choiceIndex: d.choiceIndex } : {}) };
}
