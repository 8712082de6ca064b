// The one interface every way of sending SMS implements: a USB GSM modem (AT commands over serial),
// HTTP providers (Aliyun, Tencent Cloud, Twilio, an Android phone as gateway, generic HTTP) and the
// demo phone. The queue only ever talks to this, so it can treat them all alike.
//
// Design choices, each from a field failure (reference/sms-connectors.md):
// - send() resolves with an outcome instead of throwing: a bad number must fail THAT message and
//   keep the queue moving (gammu #438), so "permanent" vs "transient" is data the queue acts on.
// - An exception from send() means "unknown whether it left": the queue marks the message
//   `uncertain` and never re-sends it automatically.
// - The queue's messageId goes to the connector so providers that take a client reference (Aliyun
//   OutId, Tencent SessionContext) can reconcile an uncertain send instead of sending twice.
// - Delivery arrives by push (modem +CDS, webhooks) or by polling (Aliyun QuerySendDetails, Twilio
//   fetch); a connector offers whichever it has, and reports "pending" honestly (android gateway
//   messages stuck Pending are a state, not success).

import type { Lang } from '../../shared/i18n/errors';

export interface OutgoingSms {
  /** The queue's message id: stable across retries, used for idempotency and reconciliation. */
  messageId: number;
  /** E.164, already validated. */
  to: string;
  /** Exactly what the recipient sees, signature included. */
  text: string;
  /** Parts as the network carries them; a connector that splits differently reports its own count. */
  parts: number;
}

export type SendOutcome =
  /** Accepted by the network/provider. providerId matches later delivery reports. */
  | { outcome: 'sent'; providerId: string; parts: number }
  /** Did not leave; try again later (no signal, congestion, rate limit, provider 5xx). */
  | { outcome: 'transient'; code: string; detail: string; retryAfterMs?: number }
  /** Did not leave and never will as is (invalid number, template rejected, account disabled). */
  | { outcome: 'permanent'; code: string; detail: string };

export interface DeliveryReport {
  providerId: string;
  status: 'delivered' | 'failed' | 'pending';
  at: Date;
  /** Provider or network status code, kept for the audit log. */
  code?: string;
  detail?: string;
}

export interface InboundSms {
  from: string; // E.164 when the network gives one
  text: string;
  receivedAt: Date;
}

export interface ConnectorHealth {
  ok: boolean;
  /** Human-readable state: "registered, signal 18/31", "HTTP 401 from provider", … */
  detail: string;
  /** 0–31 as AT+CSQ reports it; absent for HTTP providers. */
  signal?: number;
}

/** Removes a listener; connectors outlive UI screens, so listeners must be removable. */
export type Unsubscribe = () => void;

export interface Connector {
  /** Stable identifier stored on each message (`messages.connector`). */
  readonly name: string;
  /** What the user sees; for the demo phone it must say nothing leaves the computer. */
  readonly label: Record<Lang, string>;
  /** True when no real SMS can leave; the UI and reports must never count these as real sends. */
  readonly simulated: boolean;
  /** True when there is no network or SIM to protect (the demo phone): the per-minute throttle is skipped. */
  readonly unthrottled?: boolean;

  /** Sends one message (all its parts). Resolves with the outcome; rejects only when the result is unknown. */
  send(msg: OutgoingSms): Promise<SendOutcome>;

  /** Status by polling, for providers without push; returns reports only for ids it knows. */
  pollStatus?(providerIds: string[]): Promise<DeliveryReport[]>;
  /** Pushed delivery reports (modem +CDS, provider webhooks, the demo phone). */
  onDeliveryReport?(cb: (report: DeliveryReport) => void): Unsubscribe;
  /** Replies from customers (STOP / 退订 → opt-out). */
  onInbound?(cb: (sms: InboundSms) => void): Unsubscribe;
  /** Cheap check for the "connector test" command and the status bar. */
  health?(): Promise<ConnectorHealth>;
  /** Releases the port, sockets and timers; pending listeners receive nothing afterwards. */
  close(): Promise<void>;
}
