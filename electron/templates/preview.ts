import type { SmsInfo } from '../../shared/contract/templates';
import type { Pack } from '../../shared/compliance';
import type { Lang } from '../../shared/i18n/errors';
import type { Settings } from '../../shared/settings';
import { analyzeSms } from '../../shared/sms';
import { type PlaceholderName, renderTemplate, sampleContext } from '../../shared/template';
import { listCustomers } from '../ledger/customers-repo';
import type { Db } from '../ledger/db';
import { checkMessageText, type CheckedText } from './checking';
import { debtFactsFor, renderContextFrom } from './render-context';

/** Length, parts and the estimated cost of one message at the ledger's price per part. */
export function smsInfoFor(text: string, pricePerPartCents: number): SmsInfo {
  const a = analyzeSms(text);
  return { ...a, characters: [...text].length, costCents: a.parts * pricePerPartCents };
}

export interface PreviewInput {
  body: string;
  language: Lang;
  /** The caller's language, for the hint messages. */
  uiLang: Lang;
  customerId?: number | undefined;
}

export interface Preview extends CheckedText {
  customer: { id: number; name: string } | null;
  text: string | null;
  missing: PlaceholderName[];
  sms: SmsInfo | null;
}

/** The customer a preview shows when none is picked: the one owing the most overdue money. */
function firstOverdueCustomer(db: Db, today: string): { id: number; name: string } | null {
  const c = listCustomers(db, { today, filter: 'overdue', limit: 1 }).customers[0];
  return c ? { id: c.id, name: c.name } : null;
}

/**
 * Renders a template for a real customer exactly as it would be sent (signature included), with
 * the message-level hints and the SMS count. With no customer in the ledger, the sample context.
 */
export function previewTemplate(db: Db, input: PreviewInput, settings: Settings, pack: Pack, today: string): Preview {
  const customer = input.customerId ? { id: input.customerId, name: '' } : firstOverdueCustomer(db, today);
  let context = sampleContext(input.language);
  if (customer) {
    const facts = debtFactsFor(db, customer.id, today); // throws customer_not_found for a bad id
    customer.name = facts.customerName;
    context = renderContextFrom(facts, settings);
  }
  const rendered = renderTemplate(input.body, context, input.language, pack);
  if (!rendered.ok) return { customer, text: null, missing: rendered.missing, hints: [], worst: null, sms: null };
  const checked = checkMessageText(rendered.text, pack, input.uiLang);
  return { customer, text: rendered.text, missing: [], ...checked, sms: smsInfoFor(rendered.text, settings['sms.pricePerPartCents']) };
}
