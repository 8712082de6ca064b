import { checkMessage } from '../../shared/compliance/checkMessage';
import { checkTemplate } from '../../shared/compliance/checkTemplate';
import { worstSeverity } from '../../shared/compliance/hint';
import type { Hint } from '../../shared/compliance/types';
import type { Exclusion, PlannedMessage, PlanResult } from '../../shared/contract/plan';
import type { Lang } from '../../shared/i18n/errors';
import { translateReason } from '../../shared/i18n/reasons';
import type { Settings } from '../../shared/settings';
import { countSms } from '../../shared/sms/analyze';
import { renderTemplate, type RenderContext } from '../../shared/template/render';
import type { Db } from '../ledger/db';
import { checkSettingsFrom, toWireHint } from '../templates/checking';
import { decideConfirmations } from './confirmations';
import { decideCustomer } from './cadence';
import { loadCustomerFacts } from './facts-repo';
import { type PlannedRow, writePlannedMessages } from './message-writer';
import { policyFromSettings } from './policy';
import type { TemplateSource } from './template-source';
import type { MessageStage } from './types';

export interface PlanOptions {
  asOf: string;
  settings: Settings;
  nowIso: string;
  lang: Lang;
  templates: TemplateSource;
  onProgress?: (done: number, total: number) => void;
}

interface CustomerInfo {
  id: number;
  name: string;
  locale: string | null;
}

type Draft = { stage: MessageStage; invoiceIds: number[]; amountCents: number; dueDate: string; daysOverdue: number };

/**
 * Plans one day: decides per customer (cadence.md), renders each message with its stage's
 * template, and stores new messages as `planned` — idempotently (UNIQUE customer/day/stage), so a
 * second run the same day creates nothing and shows the same messages with their current state.
 */
export function planDay(db: Db, opts: PlanOptions): PlanResult {
  const { settings, asOf } = opts;
  const policy = policyFromSettings(settings);
  const facts = loadCustomerFacts(db, settings.timezone);
  const info = new Map((db.prepare('SELECT id, name, locale FROM customers').all() as CustomerInfo[]).map((c) => [c.id, c]));
  const refs = new Map((db.prepare('SELECT id, reference FROM invoices').all() as { id: number; reference: string }[]).map((r) => [r.id, r.reference]));
  const pack = settings.pack;
  const checkSettings = checkSettingsFrom(settings);
  // A template is checked once per stage and language, not once per customer.
  const templateBlocked = new Map<string, boolean>();
  const isBlocked = (stage: MessageStage, lang: Lang, body: string): boolean => {
    const key = `${stage}:${lang}`;
    let blocked = templateBlocked.get(key);
    if (blocked === undefined) {
      blocked = worstSeverity(checkTemplate(body, { pack, stage, settings: checkSettings })) === 'block';
      templateBlocked.set(key, blocked);
    }
    return blocked;
  };

  // One template lookup per stage and language for the whole plan, not one per customer.
  const templateCache = new Map<string, ReturnType<TemplateSource['active']>>();
  const templateFor = (stage: MessageStage, lang: Lang) => {
    const key = `${stage}:${lang}`;
    let t = templateCache.get(key);
    if (!t) {
      t = opts.templates.active(stage, lang);
      templateCache.set(key, t);
    }
    return t;
  };

  const excluded: Exclusion[] = [];
  // Hints of the messages created now, so listing the day does not check them a second time.
  const known = new Map<number, Hint[]>();
  const drafts: { customerId: number; draft: Draft }[] = [];
  const exclude = (c: CustomerInfo, reason: string, params: Record<string, unknown> = {}, stage?: MessageStage) =>
    excluded.push({ customerId: c.id, name: c.name, reason, message: translateReason(reason, opts.lang, params), ...(stage ? { stage } : {}) });

  let done = 0;
  for (const [customerId, f] of facts) {
    const c = info.get(customerId)!;
    const d = decideCustomer(f, asOf, policy);
    if (d.kind === 'message') {
      drafts.push({ customerId, draft: { stage: d.stage, invoiceIds: d.invoiceIds, amountCents: d.amountCents, dueDate: d.oldestDueDate, daysOverdue: d.daysOverdue } });
    } else if (d.kind === 'excluded') {
      exclude(c, d.reason, { ...d.detail });
    }
    const conf = decideConfirmations(f, asOf, policy);
    if (conf?.kind === 'message') {
      drafts.push({ customerId, draft: { stage: 'confirmation', invoiceIds: conf.invoiceIds, amountCents: conf.amountCents, dueDate: conf.paidDate, daysOverdue: 0 } });
    }
    if (++done % 5000 === 0) opts.onProgress?.(done, facts.size);
  }

  const rows: PlannedRow[] = [];
  db.transaction(() => {
    for (const { customerId, draft } of drafts) {
      const c = info.get(customerId)!;
      const f = facts.get(customerId)!;
      const lang: Lang = c.locale === 'en' || c.locale === 'zh-CN' ? c.locale : settings.language;
      const template = templateFor(draft.stage, lang);
      if (isBlocked(draft.stage, lang, template.body)) {
        exclude(c, 'template_blocked', {}, draft.stage);
        continue;
      }
      const ctx: RenderContext = {
        customer: { name: c.name },
        amountDueCents: draft.amountCents,
        currency: settings.currency,
        daysOverdue: draft.daysOverdue,
        dueDate: draft.dueDate,
        invoiceCount: draft.invoiceIds.length,
        invoiceRefs: draft.invoiceIds.map((id) => refs.get(id) ?? ''),
        business: { name: settings['business.name'], phone: settings['business.phone'], signature: settings['business.signature'] },
        lateFee: settings['lateFee.text'] || null,
        paymentLink: settings['payment.link'] || null,
      };
      const rendered = renderTemplate(template.body, ctx, lang, pack);
      if (!rendered.ok) {
        exclude(c, 'missing_data', { missing: rendered.missing.join(', ') }, draft.stage);
        continue;
      }
      const hints = checkMessage(rendered.text, { pack });
      if (worstSeverity(hints) === 'block') {
        exclude(c, 'template_blocked', {}, draft.stage);
        continue;
      }
      const sms = countSms(rendered.text);
      rows.push({
        customerId,
        stage: draft.stage,
        to: f.mobile!,
        text: rendered.text,
        parts: sms.parts,
        encoding: sms.encoding,
        templateId: template.id,
        templateVersion: template.version,
        amountCents: draft.amountCents,
        invoiceIds: draft.invoiceIds,
        hints,
      });
    }
    for (const [id, hints] of writePlannedMessages(db, rows, asOf, opts.nowIso)) known.set(id, hints);
  })();

  const messages = listPlannedFor(db, asOf, pack, opts.lang, known);
  const counts: Record<string, number> = { messages: messages.length, excluded: excluded.length };
  for (const m of messages) counts[m.state] = (counts[m.state] ?? 0) + 1;
  return { asOf, messages, excluded, counts };
}

interface MessageRow {
  id: number;
  customer_id: number;
  name: string;
  to_number: string;
  stage: PlannedMessage['stage'];
  text: string;
  parts: number;
  encoding: PlannedMessage['encoding'];
  state: PlannedMessage['state'];
  amount_cents: number;
}

/** Every message planned for a day, with its current state and message-level hints. */
export function listPlannedFor(db: Db, asOf: string, pack: Settings['pack'], lang: Lang, known = new Map<number, Hint[]>()): PlannedMessage[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.customer_id, c.name, m.to_number, m.stage, m.text, m.parts, m.encoding, m.state, m.amount_cents
       FROM messages m JOIN customers c ON c.id = m.customer_id WHERE m.plan_date = ? ORDER BY m.id`,
    )
    .all(asOf) as MessageRow[];
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    customerName: r.name,
    to: r.to_number,
    stage: r.stage,
    text: r.text,
    parts: r.parts,
    encoding: r.encoding,
    state: r.state,
    amountCents: r.amount_cents,
    hints: (known.get(r.id) ?? checkMessage(r.text, { pack }))
      .filter((h: Hint) => h.severity !== 'info')
      .map((h) => toWireHint(h, lang)),
  }));
}
