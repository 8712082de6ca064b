import { type Pack, packForLang } from '../compliance/pack';
import { formatDate } from '../dates';
import type { Lang } from '../i18n/errors';
import { formatMoney } from '../money';
import { parseTemplate } from './parse';
import type { PlaceholderName } from './placeholders';

export interface RenderContext {
  customer: { name: string };
  amountDueCents: number;
  currency: string;
  daysOverdue: number;
  /** ISO YYYY-MM-DD */
  dueDate: string;
  invoiceCount: number;
  invoiceRefs: string[];
  business: { name: string; phone: string; signature: string };
  lateFee: string | null;
  paymentLink: string | null;
}

export type RenderResult = { ok: true; text: string } | { ok: false; missing: PlaceholderName[] };

function placeholderValue(name: PlaceholderName, ctx: RenderContext, lang: Lang): string {
  switch (name) {
    case 'customer.name':
      return ctx.customer.name;
    case 'amount_due':
      return formatMoney(ctx.amountDueCents, ctx.currency, lang);
    case 'days_overdue':
      return String(ctx.daysOverdue);
    case 'due_date':
      return ctx.dueDate ? formatDate(ctx.dueDate, lang) : '';
    case 'invoice_count':
      return String(ctx.invoiceCount);
    case 'invoice_refs':
      return ctx.invoiceRefs.join(lang.startsWith('zh') ? '、' : ', ');
    case 'business.name':
      return ctx.business.name;
    case 'business.phone':
      return ctx.business.phone;
    case 'late_fee':
      return ctx.lateFee ?? '';
    case 'payment_link':
      return ctx.paymentLink ?? '';
  }
}

/** Strips brackets a user may have typed around the signature (【店名】 → 店名). */
const bareSignature = (signature: string): string => signature.trim().replace(/^【(.*)】$/u, '$1').trim();

/**
 * Chinese carriers require the sender's signature as 【签名】 at the start, and it counts toward
 * the length. US/UK have no such convention: the text is returned unchanged there.
 */
export function applySignature(text: string, signature: string, pack: Pack): string {
  const sig = bareSignature(signature);
  if (!sig || pack !== 'cn') return text;
  const tag = `【${sig}】`;
  return text.startsWith(tag) ? text : `${tag}${text}`;
}

// A plan renders the same few templates for tens of thousands of customers: parse each body once.
const parsedBodies = new Map<string, ReturnType<typeof parseTemplate>>();
function parsedOnce(text: string): ReturnType<typeof parseTemplate> {
  let parsed = parsedBodies.get(text);
  if (!parsed) {
    parsed = parseTemplate(text);
    if (parsedBodies.size >= 64) parsedBodies.clear();
    parsedBodies.set(text, parsed);
  }
  return parsed;
}

/**
 * Renders a template for one customer. An empty or absent value is never sent as a blank: the
 * result lists the placeholders that had none. Unknown placeholders are left as they are
 * (checkTemplate blocks them; checkMessage catches any that slip through).
 */
export function renderTemplate(text: string, ctx: RenderContext, lang: Lang, pack: Pack = packForLang(lang)): RenderResult {
  const parsed = parsedOnce(text);
  const missing: PlaceholderName[] = [];
  let out = '';
  for (const part of parsed.parts) {
    if (part.type === 'text') {
      out += part.text;
      continue;
    }
    const value = placeholderValue(part.name, ctx, lang).trim();
    if (!value && !missing.includes(part.name)) missing.push(part.name);
    out += value;
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, text: applySignature(out, ctx.business.signature, pack) };
}
