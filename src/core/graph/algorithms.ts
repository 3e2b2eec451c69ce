/**
 * Generic directed-graph algorithms over integer node ids (adjacency lists).
 * Iterative throughout, so a 10,000-state chain cannot overflow the stack. Pure.
 */

/** Adjacency lists: `adj[n]` are the successors of node `n`. */
export type Adjacency = readonly (readonly number[])[];

/** Nodes reachable from `roots` (roots included); `stop(n)` nodes are visited but not expanded. Pure. */
export function reach(
  adj: Adjacency,
  roots: Iterable<number>,
  stop?: (n: number) => boolean,
): Uint8Array {
  const seen = new Uint8Array(adj.length);
  const stack: number[] = [];
  for (const r of roots) {
    if (r >= 0 && r < adj.length && !seen[r]) {
      seen[r] = 1;
      stack.push(r);
    }
  }
  while (stack.length) {
    const n = stack.pop()!;
    if (stop?.(n)) continue;
    for (const m of adj[n]) {
      if (!seen[m]) {
        seen[m] = 1;
        stack.push(m);
      }
    }
  }
  return seen;
}

/** Reverses adjacency lists (successors → predecessors); duplicates are kept. Pure. */
export function reverse(adj: Adjacency): number[][] {
  const out: number[][] = adj.map(() => []);
  adj.forEach((succ, n) => {
    for (const m of succ) out[m].push(n);
  });
  return out;
}

/** Shortest path (BFS) from `from` to the first node satisfying `goal`, as node ids; undefined if none. Pure. */
export function shortestPath(
  adj: Adjacency,
  from: number,
  goal: (n: number) => boolean,
): number[] | undefined {
  const prev = new Int32Array(adj.length).fill(-2);
  prev[from] = -1;
  const queue = [from];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    if (goal(n)) {
      const path: number[] = [];
      for (let c = n; c !== -1; c = prev[c]) path.push(c);
      return path.reverse();
    }
    for (const m of adj[n]) {
      if (prev[m] === -2) {
        prev[m] = n;
        queue.push(m);
      }
    }
  }
  return undefined;
}

/**
 * Strongly connected components (Tarjan, iterative). Returns the components in
 * reverse topological order, each as a list of node ids. Pure.
 */
export function stronglyConnected(adj: Adjacency, only?: Uint8Array): number[][] {
  const n = adj.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  const frames: Array<{ v: number; i: number }> = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || (only && !only[root])) continue;
    frames.push({ v: root, i: 0 });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length) {
      const f = frames[frames.length - 1];
      const succ = adj[f.v];
      if (f.i < succ.length) {
        const w = succ[f.i++];
        if (only && !only[w]) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push({ v: w, i: 0 });
        } else if (onStack[w]) {
          low[f.v] = Math.min(low[f.v], index[w]);
        }
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1].v;
        low[parent] = Math.min(low[parent], low[f.v]);
      }
      if (low[f.v] === index[f.v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp.push(w);
        } while (w !== f.v);
        out.push(comp);
      }
    }
  }
  return out;
}

/** True when the component is a real cycle: more than one node, or one node with a self-loop. Pure. */
export function isCycle(adj: Adjacency, comp: readonly number[]): boolean {
  return comp.length > 1 || adj[comp[0]].includes(comp[0]);
}
