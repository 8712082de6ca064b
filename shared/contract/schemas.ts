import { z } from 'zod';
import { isIsoDate } from '../dates';

// Building blocks shared by the domain contracts. Custom messages are error codes that the hosts
// translate (shared/i18n/errors.ts).
export const isoDate = z.string().refine(isIsoDate, 'invalid_date');
export const cents = z.number().int('invalid_amount').min(0, 'negative_amount').max(1e13, 'amount_too_large');
export const positiveCents = z.number().int('invalid_amount').positive('amount_not_positive').max(1e13, 'amount_too_large');
export const id = z.number().int().positive();
export const isoTime = z.string();
