// Compiles the server (apps/api, apps/worker, libs, migrations, scripts) to dist/ with swc.
// Type checking is separate (`npm run typecheck`); this only transpiles, in about a second.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const sources = ['apps/api/src', 'apps/worker/src', 'libs', 'migrations', 'scripts'];

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') yield* walk(p);
    } else if (/\.ts$/.test(e.name) && !/\.(spec|test|d)\.ts$/.test(e.name)) {
      yield p;
    }
  }
}

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: Object.fromEntries(
      (await readdir(join(root, 'libs'))).flatMap((lib) => [
        [`@ketnoi/${lib}`, [`libs/${lib}/src`]],
        [`@ketnoi/${lib}/*`, [`libs/${lib}/src/*`]],
      ]),
    ),
  },
  module: { type: 'commonjs', strictMode: true, noInterop: false },
  sourceMaps: true,
};

const started = Date.now();
// Build into a private folder, then swap it in, so a concurrent build never leaves a
// half-written dist/ for a process that is loading it.
const staging = join(out, `.staging-${process.pid}-${Date.now()}`);
let count = 0;
for (const src of sources) {
  for await (const file of walk(join(root, src))) {
    const rel = relative(root, file);
    const { code, map } = await transformFile(file, {
      ...options,
      sourceFileName: relative(dirname(join(out, rel)), file),
    });
    const target = join(staging, rel.replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count++;
  }
}
for (const top of await readdir(staging)) {
  const trash = join(out, `.old-${top}-${process.pid}-${Date.now()}`);
  await rename(join(out, top), trash).catch(() => undefined);
  await rename(join(staging, top), join(out, top));
  await rm(trash, { recursive: true, force: true });
}
await rm(staging, { recursive: true, force: true });
console.log(`server built: ${count} files in ${Date.now() - started} ms`);
