import { defineConfig } from 'vite';

/** Vite serves index.html and `public/` (where `npm start` writes chronology.json). */
export default defineConfig({
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  // The pipeline's dependencies are pre-bundled up front: discovered later, in the Web Worker that
  // processes dropped articles, they would make the dev server reload the page mid-run.
  optimizeDeps: {
    include: [
      'wink-nlp',
      'wink-eng-lite-web-model',
      '@mozilla/readability',
      'linkedom',
      'chardet',
      'd3-dsv',
      'chrono-node',
      'yaml',
      'apache-arrow',
    ],
  },
});
