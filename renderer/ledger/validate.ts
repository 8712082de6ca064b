import { isIsoDate } from '../../shared/dates';
import { parseDecimalToCents } from '../../shared/money';
import type { ErrorInfo } from '../../shared/result';

// Client-side checks catch the obvious before a round trip; the server stays the authority (its
// translated messages are shown next to the field they concern).

/** Either cents or the i18n key of what is wrong. */
export function parseAmount(text: string): { cents: number } | { error: string } {
  const cents = parseDecimalToCents(text.replace(/[,，\s]/g, ''));
  if (cents === null) return { error: 'forms.errors.amountFormat' };
  if (cents <= 0) return { error: 'forms.errors.amountPositive' };
  return { cents };
}

export const mobileLooksTyped = (text: string): boolean => /^[\d\s+\-()]*$/.test(text.trim());

export const optionalDateOk = (text: string): boolean => text === '' || isIsoDate(text);

const FIELD_OF_CODE: Record<string, string> = {
  mobile_landline: 'mobile',
  mobile_invalid: 'mobile',
  duplicate_customer_code: 'code',
  name_required: 'name',
  duplicate_invoice: 'reference',
  reference_required: 'reference',
  due_before_issue: 'dueDate',
  payment_exceeds_balance: 'amount',
  amount_not_positive: 'amount',
  amount_too_large: 'amount',
  invalid_amount: 'amount',
};

/** Splits a server error into a field's message or a form-level one. */
export function placeServerError(error: ErrorInfo): { field: string | null; message: string } {
  return { field: FIELD_OF_CODE[error.code] ?? null, message: error.message };
}
