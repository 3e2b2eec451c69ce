/** ELK auto-layout off the main thread: GraphView in, Layout (positions + group sizes) out. */
import ELK from 'elkjs/lib/elk.bundled.js';
import { fromElk, toElk } from '../editor/canvas/elk-graph';
import type { LayoutRequest, LayoutReply } from '../editor/canvas/layout-protocol';

const elk = new ELK();

self.onmessage = async (e: MessageEvent<LayoutRequest>) => {
  const { seq, view } = e.data;
  let reply: LayoutReply;
  try {
    reply = { seq, layout: fromElk(await elk.layout(toElk(view))) };
  } catch (err) {
    // A layout failure keeps the quick layout on screen; it is not a user error.
    reply = { seq, error: String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
