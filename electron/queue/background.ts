import { runAutopilotIfDue } from '../autopilot/run';
import type { HostWorker } from '../core/context';
import type { Core } from '../core/core';
import type { Connector } from '../sms/connector';
import { createConnector } from '../sms/registry';
import { waitUntilDrained } from './drain';
import { runQueue } from './worker';

const RETRY_MS = 5_000;
const AUTOPILOT_TICK_MS = 30_000;

/**
 * The queue worker a long-running host owns (desktop app, web host): it sends whatever is due, waits
 * for the allowed hours, keeps the connector open for delivery reports and replies, runs the daily
 * autopilot, and follows the user to another ledger. The lease keeps it from racing a CLI `send`.
 */
export class BackgroundWorker implements HostWorker {
  private abort = new AbortController();
  private loop: Promise<void> | null = null;
  private stopped = false;
  private tick: NodeJS.Timeout | null = null;
  private offSwitch: (() => void) | null = null;
  lastError: string | null = null;

  constructor(
    private readonly core: Core,
    private readonly log: (line: string) => void = () => {},
  ) {}

  get running(): boolean {
    return this.loop !== null && !this.stopped;
  }

  start(): void {
    this.core.attachWorker(this);
    this.loop = this.run();
    this.tick = setInterval(() => this.autopilot(), AUTOPILOT_TICK_MS);
    this.autopilot();
    this.offSwitch = this.core.onEvent((e) => {
      // A new ledger: stop the current run; the loop starts again on the new file.
      if (e.type === 'ledger.switched') this.abort.abort();
    });
  }

  private autopilot(): void {
    try {
      runAutopilotIfDue(this.core.context());
    } catch (err) {
      this.log(`autopilot: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async run(): Promise<void> {
    // The connector outlives each run of the queue (a kick restarts the run, not the connector), so
    // delivery reports and replies keep arriving; it is renewed only for another ledger or setting.
    let connector: Connector | null = null;
    let connectorKey = '';
    try {
      while (!this.stopped) {
        this.abort = new AbortController();
        const settings = this.core.settings();
        const key = `${this.core.path}|${settings.connector}`;
        if (!connector || key !== connectorKey) {
          await connector?.close();
          connector = createConnector({ dbPath: this.core.path, settings, now: () => this.core.clock.now() });
          connectorKey = key;
        }
        try {
          const ctx = this.core.context();
          await runQueue({
            db: this.core.database,
            connector,
            clock: this.core.clock,
            settings: () => this.core.settings(),
            emit: ctx.emit,
            until: 'forever',
            signal: this.abort.signal,
          });
          this.lastError = null;
        } catch (err) {
          // Another process holds the lease (a CLI send), or the connector failed: wait, try again.
          this.lastError = err instanceof Error ? err.message : String(err);
          if (!this.stopped) await new Promise((r) => setTimeout(r, RETRY_MS));
        }
      }
    } finally {
      await connector?.close();
    }
  }

  /**
   * Sends what is due now and resolves when nothing is due or in flight. The current run is
   * restarted first: a restart recovers any message left `sending` by a process that died
   * (it becomes `uncertain`, never re-sent) before sending the rest.
   */
  drain(): Promise<void> {
    if (this.running) this.abort.abort();
    return waitUntilDrained(() => this.core.database, () => this.core.clock.now(), () => this.running);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tick) clearInterval(this.tick);
    this.offSwitch?.();
    this.abort.abort();
    await this.loop;
    this.core.attachWorker(null);
  }
}
