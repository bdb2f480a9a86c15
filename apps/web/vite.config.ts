import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';

const webRoot = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(webRoot, '../../dist/web');
const apiTarget = process.env.KETNOI_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [graphqlDocuments(webRoot), react(), precompress(outDir)],
  resolve: {
    // Pure TypeScript libraries shared with the server (the PHI detector runs in the browser too).
    alias: { '@ketnoi/deid': resolve(webRoot, '../../libs/deid/src/index.ts') },
  },
  publicDir: resolve(webRoot, 'public'),
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/uploads': { target: apiTarget, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/uploads': { target: apiTarget, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
    },
  },
});
