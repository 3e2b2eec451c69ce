/** Messages between the canvas and the layout worker. */
import type { GraphView } from '../graph-view';
import type { Layout } from './quick-layout';

export interface LayoutRequest {
  seq: number;
  view: GraphView;
}

export type LayoutReply = { seq: number; layout: Layout } | { seq: number; error: string };
