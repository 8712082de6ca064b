import { fileURLToPath } from 'node:url';
import { BackgroundWorker } from '../../../queue/background';
import { startWebHost } from '../../web/server';
import type { Command } from '../command';
import { intOpt } from '../support';

// dist/cli.js sits next to dist/renderer/ once built.
const STATIC_DIR = fileURLToPath(new URL('./renderer', import.meta.url));

export const serveCommand: Command = {
  path: ['serve'],
  summary: { 'zh-CN': '在本机浏览器中打开 Duebell（仅 127.0.0.1）', en: 'Serve Duebell to this machine’s browser (127.0.0.1 only)' },
  usage: 'serve [--port N]',
  valueOptions: ['port'],
  async run(io) {
    // The web host owns the ledger's queue worker while it runs (sending, delivery reports, autopilot).
    const worker = new BackgroundWorker(io.core, (line) => io.info(line));
    worker.start();
    const host = await startWebHost({ core: io.core, staticDir: process.env.DUEBELL_STATIC_DIR ?? STATIC_DIR, port: intOpt(io, 'port') });
    // Warm the ledger page's first query while the browser is still opening the URL.
    setImmediate(() => void io.core.call('customers.list', {}));
    if (io.json) process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port })}\n`);
    else process.stdout.write(`${io.lang === 'en' ? 'Duebell is running at' : 'Duebell 已启动，请在浏览器中打开'}: ${host.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    await worker.stop();
    return undefined;
  },
};
