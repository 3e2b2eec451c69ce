/** Browser entry: mounts the editor (or, for `npm run bench`, the bare React Flow baseline). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { App } from './App';
import { restorePaneSizes } from './pane-sizes';

const root = document.getElementById('root');
if (root && location.hash.startsWith('#bench-bare')) {
  // Lazy: the baseline page of bench/editor.bench.ts never ships in the app's own chunk.
  void import('../../bench/BareFlow').then(({ BareFlow }) => createRoot(root).render(<BareFlow />));
} else if (root) {
  restorePaneSizes();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
