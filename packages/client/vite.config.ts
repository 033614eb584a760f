import { defineConfig } from 'vite';

// The browser client. `vite` serves it (npm start), `vite build` writes dist/ (the browser tests serve that).
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
