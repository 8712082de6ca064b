// Runs the benchmarks: each bench/*.bench.ts is bundled with esbuild (so it measures the real
// modules) into dist/bench/ and run in its own Node process. Prints figures; asserts nothing.
//   npm run bench            all of them
//   npm run bench -- ledger  only bench/ledger.bench.ts
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
for (const file of files) {
  const out = `dist/bench/${file.replace(/\.ts$/, '.mjs')}`;
  await build({ entryPoints: [`bench/${file}`], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  console.log(`\n== ${file}`);
  const res = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (res.status !== 0) process.exitCode = 1;
}
for (const extra of readdirSync('bench').filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')) {
  if (only.length && !only.some((o) => extra.startsWith(o))) continue;
  console.log(`\n== ${extra}`);
  const res = spawnSync(process.execPath, [`bench/${extra}`], { stdio: 'inherit' });
  if (res.status !== 0) process.exitCode = 1;
}
