import { runCli } from './cli/main';

// The `duebell` executable (bundled to dist/cli.js). Long-running commands (serve) keep the
// process alive themselves; everything else exits with its code once stdout is flushed.
const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
