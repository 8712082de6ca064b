import { execFileSync } from 'node:child_process';

// The CLI and worker tests run the bundled dist/ files: rebuild the Node side (fast, esbuild)
// so they never test a stale bundle.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--node-only'], { stdio: 'inherit' });
}
