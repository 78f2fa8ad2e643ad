import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.mjs';

const api = process.env['API_URL'] ?? 'http://localhost:4000';

// Served by the API at /admin (one origin: no CORS, the refresh cookie stays first-party).
// `pnpm dev` runs this with a proxy to the API.
export default defineConfig({
  base: '/admin/',
  plugins: [react(), initialJsBudget({ limitKb: 250 })],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  // The budget that matters is initialJsBudget's (gzip, what a first visit downloads); Rollup's raw-size warning would only repeat it.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
