// The demo phone: a simulated connector for trying Duebell, for tests and for benchmarks. Nothing
// leaves the computer — its label says so, and `simulated` keeps its sends out of real figures.
// It behaves like a real one where it matters: delivery reports arrive later, marked numbers fail
// permanently, and it can be told to fail transiently (no signal) to exercise retries.

import { isE164 } from '../../../shared/phone';
import type { Connector, ConnectorHealth, DeliveryReport, InboundSms, OutgoingSms, SendOutcome, Unsubscribe } from '../connector';
import { Journal } from './journal';

export const DEMO_LABEL = { 'zh-CN': '模拟发送——短信不会离开这台电脑', en: 'Simulated — nothing leaves this computer' } as const;

export interface DemoOptions {
  /** JSONL file outside the database: one line per message that "left". */
  journalPath: string;
  /** Delay before the delivery report (default 1500 ms). */
  deliveryDelayMs?: number;
  /** Simulated network time of a send (default 150 ms). */
  sendLatencyMs?: number;
  /** Benchmarks: no simulated latency, reports on the next tick (the fsync still happens). */
  zeroLatency?: boolean;
  /** Numbers that fail permanently with `invalid_number`. */
  invalidNumbers?: Iterable<string>;
  /** Default true. Off only for benchmarks that do not count what left after a crash. */
  fsync?: boolean;
  /** The app clock (honours --now). */
  now?: () => Date;
  /** Throttle like a real line (tests of the throttle); by default a simulated phone is not throttled. */
  throttled?: boolean;
}

interface TransientFault {
  remaining: number; // Infinity until cleared
  code: string;
  retryAfterMs?: number;
}

export class DemoConnector implements Connector {
  readonly name = 'demo';
  readonly label = DEMO_LABEL;
  readonly simulated = true;
  readonly unthrottled: boolean;

  private readonly journal: Journal;
  private readonly invalid: Set<string>;
  private readonly reportListeners = new Set<(r: DeliveryReport) => void>();
  private readonly inboundListeners = new Set<(m: InboundSms) => void>();
  private readonly statuses = new Map<string, DeliveryReport>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private fault: TransientFault | null = null;
  private seq = 0;
  private closed = false;
  private readonly now: () => Date;
  private readonly deliveryDelayMs: number;
  private readonly sendLatencyMs: number;

  constructor(opts: DemoOptions) {
    this.unthrottled = !opts.throttled;
    this.journal = new Journal(opts.journalPath, opts.fsync ?? true);
    this.invalid = new Set(opts.invalidNumbers ?? []);
    this.now = opts.now ?? (() => new Date());
    this.deliveryDelayMs = opts.zeroLatency ? 0 : (opts.deliveryDelayMs ?? 1500);
    this.sendLatencyMs = opts.zeroLatency ? 0 : (opts.sendLatencyMs ?? 150);
  }

  /** The user marks numbers the demo phone treats as not existing. */
  markInvalid(numbers: Iterable<string>): void {
    for (const n of numbers) this.invalid.add(n);
  }

  /** The next `count` sends (default: all until cleared) fail transiently, like a modem without signal. */
  failTransiently(opts: { count?: number; code?: string; retryAfterMs?: number } = {}): void {
    this.fault = { remaining: opts.count ?? Number.POSITIVE_INFINITY, code: opts.code ?? 'no_network', retryAfterMs: opts.retryAfterMs };
  }

  clearFailures(): void {
    this.fault = null;
  }

  async send(msg: OutgoingSms): Promise<SendOutcome> {
    if (this.closed) return { outcome: 'transient', code: 'connector_closed', detail: 'demo phone closed' };
    if (this.sendLatencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.sendLatencyMs));
      if (this.closed) return { outcome: 'transient', code: 'connector_closed', detail: 'demo phone closed' };
    }
    if (!isE164(msg.to) || this.invalid.has(msg.to)) {
      return { outcome: 'permanent', code: 'invalid_number', detail: `demo phone: ${msg.to} does not exist` };
    }
    if (this.fault && this.fault.remaining > 0) {
      const f = this.fault;
      f.remaining -= 1;
      if (f.remaining <= 0) this.fault = null;
      return { outcome: 'transient', code: f.code, detail: 'demo phone: simulated network failure', retryAfterMs: f.retryAfterMs };
    }
    const providerId = `demo-${msg.messageId}-${++this.seq}`;
    // The line is on disk before 'sent' is reported: what the journal holds is what "left".
    await this.journal.append({ messageId: msg.messageId, to: msg.to, text: msg.text, at: this.now().toISOString(), providerId, parts: msg.parts });
    this.statuses.set(providerId, { providerId, status: 'pending', at: this.now() });
    this.later(this.deliveryDelayMs, () => this.report({ providerId, status: 'delivered', at: this.now(), code: '0' }));
    return { outcome: 'sent', providerId, parts: msg.parts };
  }

  async pollStatus(providerIds: string[]): Promise<DeliveryReport[]> {
    return providerIds.flatMap((id) => {
      const s = this.statuses.get(id);
      return s ? [s] : [];
    });
  }

  onDeliveryReport(cb: (report: DeliveryReport) => void): Unsubscribe {
    this.reportListeners.add(cb);
    return () => this.reportListeners.delete(cb);
  }

  onInbound(cb: (sms: InboundSms) => void): Unsubscribe {
    this.inboundListeners.add(cb);
    return () => this.inboundListeners.delete(cb);
  }

  /** A simulated reply from a customer (e.g. "退订"), to exercise opt-out handling. */
  receive(from: string, text: string): void {
    if (this.closed) return;
    const sms: InboundSms = { from, text, receivedAt: this.now() };
    for (const cb of this.inboundListeners) cb(sms);
  }

  async health(): Promise<ConnectorHealth> {
    return { ok: !this.closed, detail: this.closed ? 'closed' : this.label.en };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.reportListeners.clear();
    this.inboundListeners.clear();
    await this.journal.close();
  }

  private report(r: DeliveryReport): void {
    this.statuses.set(r.providerId, r);
    for (const cb of this.reportListeners) cb(r);
  }

  private later(ms: number, fn: () => void): void {
    // A timer, even at 0 ms: the report must never arrive before send() has resolved.
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closed) fn();
    }, ms);
    this.timers.add(t);
  }
}
