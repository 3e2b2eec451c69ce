/** GraphView ⇄ ELK graph (compound nodes for groups, positions relative to the parent). Pure. */
import type { ElkNode, ElkExtendedEdge } from 'elkjs/lib/elk-api';
import type { GraphView } from '../graph-view';
import { NODE_H, NODE_W, type Layout } from './quick-layout';

/** Room between layers for edge labels and arrows; ELK applies spacing per graph, so groups need it too. */
const SPACING = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.spacing.nodeNode': '40',
};

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  ...SPACING,
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

const GROUP_OPTIONS = { ...SPACING, 'elk.padding': '[top=40,left=20,bottom=20,right=20]' };

/** Builds the ELK input graph for a view; pure. */
export function toElk(view: GraphView): ElkNode {
  const root: ElkNode = { id: 'root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const containers = new Map<string, ElkNode>();
  const groupParent = new Map<string, string | undefined>();
  const nodeParent = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  for (const g of view.groups) {
    containers.set(g.id, { id: `group:${g.id}`, layoutOptions: GROUP_OPTIONS, children: [] });
    groupParent.set(g.id, g.kind === 'parallel' ? nodeParent.get(g.id) : undefined);
  }
  const containerOf = (parent: string | undefined): ElkNode => (parent && containers.get(parent)) || root;
  const within = (qid: string, group: string): boolean => {
    for (let p = nodeParent.get(qid); p; p = groupParent.get(p)) if (p === group) return true;
    return false;
  };
  for (const g of view.groups) containerOf(groupParent.get(g.id)).children?.push(containers.get(g.id) as ElkNode);
  for (const n of view.nodes) containerOf(n.parent).children?.push({ id: n.qid, width: NODE_W, height: NODE_H });
  const edges: ElkExtendedEdge[] = view.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  // The box of a parallel's branches goes below the parallel state, a subjourney's below its callers.
  for (const g of view.groups) {
    if (g.kind === 'parallel') edges.push({ id: `owns:${g.id}`, sources: [g.id], targets: [`group:${g.id}`] });
    // A call from inside the subjourney itself (recursion, which the checks reject) would be an edge into its own box.
    for (const c of g.callers ?? []) if (!within(c, g.id)) edges.push({ id: `calls:${c}`, sources: [c], targets: [`group:${g.id}`] });
  }
  root.edges = edges;
  return root;
}

/** Reads positions and group sizes back from ELK's result; pure. */
export function fromElk(result: ElkNode): Layout {
  const layout: Layout = { nodes: new Map(), groups: new Map() };
  const walk = (n: ElkNode) => {
    for (const c of n.children ?? []) {
      const box = { x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? NODE_W, h: c.height ?? NODE_H };
      if (c.id.startsWith('group:')) layout.groups.set(c.id.slice(6), box);
      else layout.nodes.set(c.id, box);
      walk(c);
    }
  };
  walk(result);
  return layout;
}
