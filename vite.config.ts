import { defineConfig } from 'vite';

/** Vite serves index.html and `public/` (where `npm start` writes chronology.json). */
export default defineConfig({
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
