import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './build/graphql-documents';
import { mantineStyles } from './build/mantine-styles';
import { precompress } from './build/precompress';

const webRoot = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(webRoot, '../../dist/web');
const apiTarget = process.env.KETNOI_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [graphqlDocuments(webRoot), react(), mantineStyles(webRoot), precompress(outDir)],
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
        // The first load as one script (and a 1 KB runtime) and one style sheet, not ~23 files:
        // Fast 3G pays ~560 ms per round trip and a browser opens 6 connections per host over
        // HTTP/1.1, so the default 1–6 KB shared chunks queued behind each other (login form
        // after ~3.9 s). Every module
        // the entry imports statically (`$initial`, with what it imports) goes into the entry's
        // chunk; the pages stay lazy and import from it. No chunk cycles, so execution order is
        // the source's. `$initial` follows the import graph, not use: a first-load module that
        // imports one export of a file brings the whole file (messages/inboxDocuments.ts is apart
        // from documents.ts for this). tests/browser/phone.e2e.ts checks the bytes and files.
        codeSplitting: {
          groups: [{ name: 'boot', tags: ['$initial'] }],
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
