import { AppError } from '../../shared/errors';
import { checkPhone, type Region } from '../../shared/phone';
import type { CustomerInsert } from '../ledger/customers-repo';

const REGION: Record<string, Region> = { cn: 'CN', us: 'US', uk: 'GB' };
export const regionForPack = (pack: string): Region => REGION[pack] ?? 'CN';

/**
 * A mobile typed by a person must be one: a landline or nonsense is refused with the reason
 * (an import keeps such numbers, marked unreachable; a form should not).
 */
export function mobileFields(
  mobile: string | null | undefined,
  pack: string,
): Pick<CustomerInsert, 'mobile' | 'phoneRaw' | 'unreachableReason'> {
  if (mobile == null || mobile.trim() === '') return { mobile: null, phoneRaw: null, unreachableReason: 'missing' };
  const check = checkPhone(mobile, regionForPack(pack));
  if (check.kind === 'mobile') return { mobile: check.e164, phoneRaw: mobile, unreachableReason: null };
  if (check.reason === 'landline') throw new AppError('mobile_landline', { value: mobile });
  throw new AppError('mobile_invalid', { value: mobile });
}
