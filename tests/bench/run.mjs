// npm run bench: runs every benchmark in tests/bench/*.bench.mjs, one after another.
// Benchmarks print ratios measured in one run (this machine is shared and noisy);
// they are not part of npm test.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
// `npm run bench -- live` runs live.bench.mjs only (not live-latency.bench.mjs, which needs
// Chromium and a web build); a name that is no file's exact name picks every file containing it.
const exact = only && files.includes(`${only}.bench.mjs`);
let failed = 0;
for (const file of files) {
  if (only && (exact ? file !== `${only}.bench.mjs` : !file.includes(only))) continue;
  console.log(`\n### ${file}`);
  const r = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
