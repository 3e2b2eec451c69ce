/** Export menu: every format of the core EXPORTERS table, plus the diagram as SVG and PNG. */
import { useReactFlow } from '@xyflow/react';
import { EXPORTERS } from '../../core/export/registry';
import { analyze } from '../../core/validate/validate';
import { useEditorStore } from '../store/editor-context';
import { download, exportName } from '../files/download';
import { diagramSvg, svgToPng } from '../canvas/diagram-svg';
import type { Box } from '../canvas/quick-layout';
import { markdownWithPreview } from '../share/markdown-page';

/** The Export select (acts on choose, then resets). */
export function ExportMenu() {
  const store = useEditorStore();
  const rf = useReactFlow();
  const placed = () => {
    const nodes = new Map<string, Box>();
    const groups = new Map<string, Box>();
    for (const n of rf.getNodes()) {
      if (n.hidden) continue;
      const internal = rf.getInternalNode(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      const box = { x: p.x, y: p.y, w: n.measured?.width ?? 190, h: n.measured?.height ?? 58 };
      if (n.id.startsWith('group:')) groups.set(n.id.slice(6), box);
      else nodes.set(n.id, box);
    }
    return { nodes, groups };
  };
  const run = async (id: string) => {
    const s = store.getState();
    if (id === 'svg' || id === 'png') {
      if (!s.view) return s.notify('Nothing to export: the journey does not parse');
      const svg = diagramSvg(s.view, placed());
      if (id === 'svg') download(exportName(s.fileName, '.svg'), svg, 'image/svg+xml');
      else download(exportName(s.fileName, '.png'), await svgToPng(svg));
      return;
    }
    const exporter = EXPORTERS.find((e) => e.id === id);
    if (!exporter) return;
    // The Markdown page's auth table comes from the editor's auth preview (the CLI has none).
    const res = exporter.id === 'markdown' ? await markdownWithPreview(s) : exporter.run(analyze(s.text, s.fileName));
    if (!res.ok) return s.notify(`${exporter.title}: ${res.message}`);
    // The YAML export of an untouched document is the file byte for byte.
    const name = exporter.id === 'yaml' ? s.fileName : exportName(s.fileName, exporter.extension);
    download(name, res.text, exporter.mediaType);
    if (exporter.id === 'yaml') s.markExported();
    if ('note' in res && typeof res.note === 'string') s.notify(res.note);
  };
  return (
    <select
      data-testid="export-menu"
      aria-label="Export"
      value=""
      onChange={(e) => {
        const v = e.target.value;
        e.target.value = '';
        void run(v);
      }}
    >
      <option value="">Export…</option>
      {EXPORTERS.map((e) => (
        <option key={e.id} value={e.id}>
          {e.title}
        </option>
      ))}
      <option value="svg">Diagram (SVG)</option>
      <option value="png">Diagram (PNG)</option>
    </select>
  );
}
