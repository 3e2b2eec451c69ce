/** The diagram as a standalone SVG document (for "Export SVG/PNG"). Pure. */
import type { GraphView } from '../graph-view';
import type { Box } from './quick-layout';
import { lookOf, isAuthKind } from './state-style';

/** Absolute boxes of states and groups, by id (as the canvas shows them). */
export interface Placed {
  nodes: ReadonlyMap<string, Box>;
  groups: ReadonlyMap<string, Box>;
}

const PAD = 20;

/** Renders nodes, group boxes and edges (straight, with labels) as SVG text; pure. */
export function diagramSvg(view: GraphView, placed: Placed): string {
  const boxes = [...placed.nodes.values(), ...placed.groups.values()];
  const minX = Math.min(0, ...boxes.map((b) => b.x)) - PAD;
  const minY = Math.min(0, ...boxes.map((b) => b.y)) - PAD;
  const maxX = Math.max(0, ...boxes.map((b) => b.x + b.w)) + PAD;
  const maxY = Math.max(0, ...boxes.map((b) => b.y + b.h)) + PAD;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}" width="${maxX - minX}" height="${maxY - minY}" font-family="sans-serif" font-size="12">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
    `<rect x="${minX}" y="${minY}" width="${maxX - minX}" height="${maxY - minY}" fill="#fff"/>`,
  ];
  for (const g of view.groups) {
    const b = placed.groups.get(g.id);
    if (!b) continue;
    out.push(
      `<g data-group-id="${esc(g.id)}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="10" fill="none" stroke="#0f8b8d" stroke-dasharray="5 4"/>`,
      `<text x="${b.x + 8}" y="${b.y + 16}" font-weight="600">${esc(g.label)}</text></g>`,
    );
  }
  for (const e of view.edges) {
    const a = placed.nodes.get(e.source);
    const b = placed.nodes.get(e.target);
    if (!a || !b) continue;
    const x1 = a.x + a.w / 2;
    const y1 = a.y + a.h;
    const x2 = b.x + b.w / 2;
    const y2 = b.y;
    const dash = e.via === 'next' || e.via === 'choice' ? '' : ' stroke-dasharray="6 4"';
    out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#555"${dash} marker-end="url(#arrow)"/>`);
    if (e.label) out.push(`<text x="${(x1 + x2) / 2 + 4}" y="${(y1 + y2) / 2}" fill="#333" font-size="10">${esc(e.label)}</text>`);
  }
  for (const n of view.nodes) {
    const b = placed.nodes.get(n.qid);
    if (!b) continue;
    const look = lookOf(n.type, n.taskKind);
    const auth = n.type === 'task' && isAuthKind(n.taskKind);
    out.push(
      `<g data-state-id="${esc(n.qid)}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8" fill="${auth ? '#fbf0fa' : '#fff'}" stroke="${look.color}" stroke-width="${auth ? 4 : 2}"/>`,
      `<text x="${b.x + 10}" y="${b.y + 24}" font-weight="600">${esc(n.id)}</text>`,
      `<text x="${b.x + 10}" y="${b.y + 42}" fill="#5f6673" font-size="11">${esc(n.taskKind ?? n.type)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rasterises SVG text to a PNG blob (browser only). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('SVG could not be rendered'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.width * scale));
    canvas.height = Math.max(1, Math.round(img.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
