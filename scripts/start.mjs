// `npm start`: build what is missing or stale (server ~1 s, web app ~15 s on first run),
// then run the API, which serves the web app, GraphQL and graphql-ws on one port.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const e of readdirSync(path)) {
    if (e === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, e)));
  }
  return newest;
}

const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run([join(root, 'scripts/build-server.mjs')]);

const webIndex = join(root, 'dist/web/index.html');
const webSources = Math.max(newestMtime(join(root, 'apps/web')), newestMtime(join(root, 'libs/reference/src')));
if (existsSync(join(root, 'apps/web/vite.config.ts')) && newestMtime(webIndex) < webSources) {
  console.log('building the web app…');
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
}

await import(pathToFileURL(join(root, 'dist/apps/api/src/main.js')).href);
