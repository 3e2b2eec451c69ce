import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is a static bundle: `npm start` serves it in dev mode, e2e tests run
// against `vite build` output served by `vite preview`.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000, sourcemap: false },
});
