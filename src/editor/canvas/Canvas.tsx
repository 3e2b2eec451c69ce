/**
 * The diagram: React Flow over the last good graph of the active journey.
 * Connections, drops, deletes and duplicates are core commands on the text.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ReactFlow,
  Background,
  ControlButton,
  Controls,
  MiniMap,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeTypes,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeTypes,
  type OnSelectionChangeParams,
  type Viewport,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorStore } from '../store/editor-context';
import { reuseEdges, reuseNodes, toFlow, withProblemsOf } from './to-flow';
import type { GraphView } from '../graph-view';
import { StateNode } from './StateNode';
import { GroupBox } from './GroupBox';
import { useLayout } from './use-layout';
import { canRun, runCommand } from '../commands';
import { navigate, viaOfHandle, type NavKey } from './keyboard-nav';
import { PALETTE_MIME, parsePaletteDrop } from '../palette-items';
import { addFromPalette, dropTarget, type DropBox } from './add-state';
import type { GroupNodeData } from './to-flow';
import { disconnectEdges, duplicateStates, removeStates } from './selection-actions';
import { rememberedViewport, rememberViewport } from './viewports';
import { useMinimapPref } from './use-minimap-pref';
import { FIT_ANIMATION_MS, useFitAfterLayout } from './use-fit-after-layout';
import { fitPadding } from './fit-padding';
import { SHOW_SHORTCUTS } from '../toolbar/ShortcutsHelp';
import { FitViewIcon } from './FitViewIcon';
import { AuthEdge } from './AuthEdge';
import { AuthOutcomesSource } from '../auth/AuthOutcomesSource';
import type { EdgeAuth } from '../auth/edge-outcomes';
import { useFirstDrawGate } from './first-draw';
import { usePlacement } from './use-placement';
import { ContextPad, EdgePad, OPEN_APPEND_MENU, OPEN_GUARD_MENU, edgeRefOf } from './ContextPad';
import { insertOnEdge } from './pad-actions';
import { useRevealPlaced } from './use-reveal';

// Module scope: a new object per render would make React Flow remount every node.
const nodeTypes: NodeTypes = { state: StateNode, 'group-box': GroupBox };
const edgeTypes: EdgeTypes = { journey: AuthEdge };
// Stable minimap colour/class functions (React Flow's defaults, as functions): given as values, the
// minimap wraps them in new functions on each render and so redraws every node of it on any change.
const minimapNone = (): string => '';
/** Smaller than React Flow's 200 × 150: it covers less of the diagram. */
const MINIMAP_SIZE = { width: 150, height: 100 };
/** Above this many nodes/edges the minimap and edge labels are left out: they cost more than they show. */
const LARGE = 400;
const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home']);

/** The canvas panel. */
export function Canvas({ onRelayout }: { onRelayout?: (fn: () => void) => void }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const { view, collapsed, selection, runStates, runBadges, search, positions: stored, placeHints, positionsReady } = useEditor(
    useShallow((s) => ({
      placeHints: s.placeHints,
      positionsReady: s.positionsReady,
      view: s.view,
      collapsed: s.collapsed,
      selection: s.selection,
      runStates: s.runStates,
      runBadges: s.runBadges,
      search: s.search,
      positions: s.positions,
    })),
  );
  const { layout, relayout, elkDone } = useLayout(view);
  const { drawable, first: firstDraw } = useFirstDrawGate(elkDone);
  const [minimapShown, toggleMinimap] = useMinimapPref();
  const docId = useEditor((s) => s.docId);
  // Read once per mount: a journey shown again keeps the pan and zoom it was left at.
  const [initialViewport] = useState(() => rememberedViewport(docId));
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => rememberViewport(docId, viewport), [docId]);
  const flowStore = useStoreApi();
  // Fits the diagram clear of the controls and the minimap (React Flow's own fit would put states under them).
  const fitDiagram = useCallback(
    (duration: number) => {
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      const all = rf.getNodes();
      const bounds = rf.getNodesBounds(all.filter((n) => !n.hidden));
      const minimap = minimapShown && all.length <= LARGE ? MINIMAP_SIZE : undefined;
      return rf.fitView({ duration, padding: fitPadding(bounds, { width, height, minZoom, maxZoom }, minimap) });
    },
    [rf, flowStore, minimapShown],
  );
  const fit = useFitAfterLayout(elkDone && drawable, view?.nodes.length ?? 0, initialViewport, fitDiagram, !firstDraw);
  const { refitNextLayout } = fit;
  useEffect(
    () =>
      onRelayout?.(() => {
        refitNextLayout();
        relayout();
      }),
    [onRelayout, relayout, refitNextLayout],
  );
  // The view of a full analysis of the current text carries problems; a quick view (while typing) does not.
  const analysed = useEditor((s) => s.analyzedText === s.text && !s.broken);
  const [lastAnalysed, setLastAnalysed] = useState<GraphView | undefined>(undefined);
  if (analysed && view && view !== lastAnalysed) setLastAnalysed(view);
  const analysedView = analysed ? view : lastAnalysed;
  const shown = useMemo(() => (view ? withProblemsOf(view, analysedView) : undefined), [view, analysedView]);
  const [authOutcomes, setAuthOutcomes] = useState<ReadonlyMap<string, EdgeAuth>>();
  // Every state keeps its place once it has one; new ones get a free spot next to their neighbours.
  const placement = usePlacement(store, shown, layout, stored, placeHints, positionsReady && elkDone);
  const positions = placement.positions;
  const flow = useMemo(
    () =>
      shown && layout && drawable
        ? toFlow(shown, layout, {
            collapsed,
            selection,
            runStates,
            runBadges,
            search: search.toLowerCase(),
            positions,
            labels: shown.edges.length <= LARGE,
            authOutcomes,
          })
        : { nodes: [], edges: [] },
    [shown, layout, drawable, collapsed, selection, runStates, runBadges, search, positions, authOutcomes],
  );
  const [nodes, setNodes] = useState<Node[]>(flow.nodes);
  const [edges, setEdges] = useState<Edge[]>(flow.edges);
  // New nodes are taken during this render (not in an effect after it): React Flow gets nodes and
  // edges of the same graph in one pass, instead of one commit with the new edges and the old nodes.
  const [nodesFrom, setNodesFrom] = useState(flow.nodes);
  if (nodesFrom !== flow.nodes) {
    setNodesFrom(flow.nodes);
    setNodes((prev) => reuseNodes(prev, flow.nodes));
    setEdges((prev) => reuseEdges(prev, flow.edges));
  }
  useRevealPlaced(placement.placed, minimapShown && nodes.length <= LARGE ? MINIMAP_SIZE : undefined);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  // Edge selection (the insert-on-edge "+"); removal stays a command (onBeforeDelete).
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes.filter((c) => c.type === 'select'), es)), []);
  const onSelectionChange = useCallback(
    ({ nodes: sel }: OnSelectionChangeParams) => {
      const ids = sel.filter((n) => n.type === 'state').map((n) => n.id);
      const cur = store.getState().selection;
      if (ids.length !== cur.length || ids.some((id, i) => id !== cur[i])) store.getState().select(ids);
    },
    [store],
  );
  const onNodeDragStop = useCallback(
    (_e: unknown, _n: Node, dragged: Node[]) => {
      for (const n of dragged) store.getState().placeNode(n.id, n.position);
    },
    [store],
  );
  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      if (!c.source || !c.target || c.source === c.target) return false;
      return canRun(store, 'transition.connect', { from: c.source, to: c.target, via: viaOfHandle(c.sourceHandle) }) === true;
    },
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      const via = viaOfHandle(c.sourceHandle);
      const ok = canRun(store, 'transition.connect', { from: c.source, to: c.target, via });
      if (ok !== true) return store.getState().notify(ok);
      const res = runCommand(store, 'transition.connect', { from: c.source, to: c.target, via });
      if (!res.ok) store.getState().notify(res.error);
    },
    [store],
  );
  // Deleting is a command on the text; React Flow's own removal is refused (the graph follows the text).
  const onBeforeDelete = useCallback(
    async ({ nodes: ns, edges: es }: { nodes: Node[]; edges: Edge[] }) => {
      const states = ns.filter((n) => n.type === 'state').map((n) => n.id);
      if (states.length) removeStates(store, states);
      else disconnectEdges(store, es);
      return false;
    },
    [store],
  );
  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const item = parsePaletteDrop(e.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      e.preventDefault();
      // Dropped on a transition: the state goes between its two states.
      const dropped = e.target as Element;
      const onEdge = dropped.closest?.('.react-flow__edge')?.getAttribute('data-id') ?? dropped.closest?.('.edge-label-row[data-edge]')?.getAttribute('data-edge');
      const edge = onEdge ? rf.getEdge(onEdge) : undefined;
      if (edge && (edge.data as { via?: string } | undefined)?.via) {
        insertOnEdge(store, edgeRefOf(edge), item);
        return;
      }
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Group boxes (open ones) and states in absolute flow coordinates: a drop inside a box adds to its scope.
      const boxes: DropBox[] = [];
      const states: { qid: string; x: number; y: number }[] = [];
      for (const n of rf.getNodes()) {
        const abs = rf.getInternalNode(n.id)?.internals.positionAbsolute;
        if (!abs || n.hidden) continue;
        const w = n.measured?.width ?? Number(n.style?.width ?? 0);
        const h = n.measured?.height ?? Number(n.style?.height ?? 0);
        if (n.type === 'group-box' && !(n.data as GroupNodeData).collapsed) boxes.push({ id: (n.data as GroupNodeData).groupId, x: abs.x, y: abs.y, w, h });
        else if (n.type === 'state') states.push({ qid: n.id, x: abs.x + w / 2, y: abs.y + h / 2 });
      }
      const target = dropTarget(store, boxes, states, at);
      addFromPalette(store, item, target.at, target.scope);
    },
    [store, rf],
  );
  const clipboard = useRef<string[]>([]);
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      const s = store.getState();
      if ((e.target as HTMLElement).closest('input,textarea,select,.monaco-editor')) return;
      if (NAV_KEYS.has(e.key) && s.view) {
        const next = navigate(s.view, s.selection[0], e.key as NavKey);
        if (next) {
          e.preventDefault();
          s.select([next]);
          const n = rf.getInternalNode(next);
          if (n) rf.setCenter(n.internals.positionAbsolute.x + 95, n.internals.positionAbsolute.y + 29, { zoom: rf.getZoom(), duration: 150 });
        }
      } else if (e.key === 'Enter' && s.selection.length === 1) {
        const n = s.view?.nodes.find((x) => x.qid === s.selection[0]);
        if (n) s.revealLine(n.line);
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'c') {
        clipboard.current = [...s.selection];
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'v' && clipboard.current.length) {
        e.preventDefault();
        duplicateStates(store, clipboard.current);
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'd' && s.selection.length) {
        e.preventDefault();
        duplicateStates(store, s.selection);
      } else if ((e.key === 'a' || e.key === 'g') && !e.ctrlKey && !e.metaKey && !e.altKey && s.selection.length === 1) {
        e.preventDefault();
        window.dispatchEvent(new Event(e.key === 'a' ? OPEN_APPEND_MENU : OPEN_GUARD_MENU));
      } else if (e.key === '?') {
        window.dispatchEvent(new Event(SHOW_SHORTCUTS));
      }
    },
    [store, rf],
  );
  return (
    <div
      className={firstDraw && !fit.fitted ? 'canvas first-draw-pending' : 'canvas'}
      data-testid="canvas"
      // For scripts that must not race background work: the full analysis of this text is shown, ELK has placed the states and the view is fitted.
      data-settled={analysed && fit.fitted ? 'true' : 'false'}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(PALETTE_MIME)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={onDrop}
    >
      <AuthOutcomesSource onChange={setAuthOutcomes} />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onBeforeDelete={onBeforeDelete}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        fitView={!initialViewport}
        defaultViewport={initialViewport}
        onMoveStart={fit.onMoveStart}
        onMoveEnd={onMoveEnd}
        minZoom={0.02}
      >
        <Background />
        <ContextPad />
        <EdgePad />
        <Controls showFitView={false} onZoomIn={fit.personZoomed} onZoomOut={fit.personZoomed}>
          <ControlButton
            onClick={() => {
              fit.keepFitted();
              void fitDiagram(FIT_ANIMATION_MS);
            }}
            title="Fit view"
            aria-label="Fit view"
            className="react-flow__controls-fitview"
            data-testid="fit-view"
          >
            <FitViewIcon />
          </ControlButton>
          <ControlButton onClick={toggleMinimap} title={minimapShown ? 'Hide the minimap' : 'Show the minimap'} aria-pressed={minimapShown} data-testid="toggle-minimap">
            ▣
          </ControlButton>
        </Controls>
        {minimapShown && nodes.length <= LARGE ? (
          <MiniMap pannable zoomable style={MINIMAP_SIZE} nodeColor={minimapNone} nodeStrokeColor={minimapNone} nodeClassName={minimapNone} />
        ) : null}
      </ReactFlow>
    </div>
  );
}
