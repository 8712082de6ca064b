#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build` (run automatically by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('duebell: not built yet — run `npm run build` first.\n');
  process.exit(1);
}
await import(cli);
