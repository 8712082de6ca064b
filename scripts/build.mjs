// Builds what runs: the CLI/web host and the import worker (Node, ESM), the Electron main and
// preload (CJS, electron external), and the renderer (Vite). Never packages (that is `npm run dist`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const node = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

await build({ ...node, entryPoints: { cli: 'electron/host/cli-entry.ts' }, outdir: 'dist', format: 'esm' });
if (existsSync('electron/import/parse-worker.ts')) {
  await build({ ...node, entryPoints: { 'import-worker': 'electron/import/parse-worker.ts' }, outdir: 'dist', format: 'esm' });
}
if (existsSync('electron/main.ts')) {
    // main.ts sets the import worker's path itself (setParseWorkerUrl): import.meta is unused there.
  await build({ ...node, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' }, external: ['electron'], logOverride: { 'empty-import-meta': 'silent' } });
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  await build({ ...node, packages: undefined, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' }, external: ['electron'] });
}
if (existsSync('renderer/index.html') && !process.argv.includes('--node-only')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
