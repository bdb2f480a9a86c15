// The package registry this project installs from lacks some foreign-platform optional
// binaries (e.g. @swc/core-darwin-arm64), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock. This adds a lock entry for each
// missing platform-specific optional dependency, with its os/cpu/libc, so npm ci skips
// it on Linux exactly as it would with a complete lock. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platformOf = (name) => {
  const m = /-(android|darwin|freebsd|linux|openharmony|win32|wasm32)-?([a-z0-9]+)?-?([a-z]+)?$/.exec(name);
  if (!m) return null;
  const [, os, rawCpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const cpu = rawCpu === 'arm' ? 'arm' : rawCpu;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
};
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[key] = { version, ...platform, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} lock entries for foreign-platform optional binaries`);
