/** Keyboard navigation between states: arrows follow transitions, Left/Right walk siblings. Pure. */
import type { GraphView } from '../graph-view';

export type NavKey = 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight' | 'Home';

/** The state to select after pressing `key` with `current` selected; pure. */
export function navigate(view: GraphView, current: string | undefined, key: NavKey): string | undefined {
  const ids = view.nodes.map((n) => n.qid);
  if (!ids.length) return undefined;
  const start = view.nodes.find((n) => n.isStart && !n.parent)?.qid ?? ids[0];
  if (key === 'Home' || !current || !ids.includes(current)) return start;
  switch (key) {
    case 'ArrowDown':
      return view.edges.find((e) => e.source === current)?.target ?? current;
    case 'ArrowUp':
      return view.edges.find((e) => e.target === current)?.source ?? current;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const node = view.nodes.find((n) => n.qid === current);
      const peers = view.nodes.filter((n) => n.parent === node?.parent).map((n) => n.qid);
      const i = peers.indexOf(current);
      const j = key === 'ArrowRight' ? Math.min(peers.length - 1, i + 1) : Math.max(0, i - 1);
      return peers[j];
    }
  }
}

/** The `via` a new connection from a handle means; pure. */
export function viaOfHandle(handle: string | null | undefined): 'next' | 'choice' | 'default' | 'onTimeout' {
  return handle === 'choice' || handle === 'default' || handle === 'onTimeout' ? handle : 'next';
}
