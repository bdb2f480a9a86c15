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
    rolldownOptions: {
      output: {
        // The first load as a handful of files, not ~23: Fast 3G pays ~560 ms per round trip and
        // a browser opens 6 connections per host over HTTP/1.1, so 1–6 KB shared chunks queued
        // behind each other (login form after ~3.9 s). Modules the entry needs (`$initial`) are
        // grouped by the set of pages that use them (`entriesAware`, as the default splitting
        // does) and groups under the threshold merge with their nearest neighbour. Measured at
        // 40–60 KB: the first load holds exactly the modules it held before, in 5 files; from
        // ~100 KB on, documents only the messages pages use join it. Check with
        // `npm run bench -- web-load` and the file count in tests/browser/phone.e2e.ts.
        // A merged group is named after every page that shares it (`boot~index~AdminMenu~…`).
        chunkFileNames: (chunk) => `assets/${chunk.name.startsWith('boot~') ? 'boot' : '[name]'}-[hash].js`,
        codeSplitting: {
          groups: [{ name: 'boot', tags: ['$initial'], entriesAware: true, entriesAwareMergeThreshold: 50_000 }],
        },
      },
    },
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
