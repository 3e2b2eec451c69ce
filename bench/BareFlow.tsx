/** The bench's baseline: bare React Flow rendering N default nodes (no app around it). */
import { useState } from 'react';
import { ReactFlow, type Node, type Edge } from '@xyflow/react';

function graph(n: number): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `s${i}`, position: { x: (i % 4) * 230, y: Math.floor(i / 4) * 128 }, data: { label: `s${i}` } });
    if (i > 0) edges.push({ id: `e${i}`, source: `s${i - 1}`, target: `s${i}` });
  }
  return { nodes, edges };
}

/** Renders N nodes when the "render" button is pressed (N from `#bench-bare=N`). */
export function BareFlow() {
  const n = Number(/bench-bare=(\d+)/.exec(location.hash)?.[1] ?? 1000);
  const [g, setG] = useState<{ nodes: Node[]; edges: Edge[] } | undefined>();
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <button data-testid="bench-render" style={{ position: 'absolute', zIndex: 5 }} onClick={() => setG(graph(n))}>
        render
      </button>
      {g ? <ReactFlow nodes={g.nodes} edges={g.edges} fitView minZoom={0.02} /> : null}
    </div>
  );
}
