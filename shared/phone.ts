// Phone numbers as ledgers hold them (spaces, dashes, +86, full-width digits) → E.164, and whether
// an SMS can reach them. A landline is kept on the customer but marked unreachable, with the reason.

export type UnreachableReason = 'missing' | 'landline' | 'invalid';
export type PhoneCheck =
  | { kind: 'mobile'; e164: string }
  | { kind: 'unreachable'; reason: UnreachableReason; e164: string | null };

export type Region = 'CN' | 'US' | 'GB';

/** Full-width digits and symbols → ASCII; everything that is not a digit or a leading + dropped. */
export function cleanPhone(raw: string): string {
  const half = raw.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const trimmed = half.trim().replace(/^\(\s*\+/, '+');
  const plus = trimmed.startsWith('+');
  const digits = trimmed.replace(/\D/g, '');
  return plus ? `+${digits}` : digits;
}

function checkChina(national: string): PhoneCheck {
  if (/^1[3-9]\d{9}$/.test(national)) return { kind: 'mobile', e164: `+86${national}` };
  if (/^0[1-9]\d{8,10}$/.test(national)) {
    return { kind: 'unreachable', reason: 'landline', e164: `+86${national.slice(1)}` };
  }
  if (/^[48]00\d{7}$/.test(national) || /^[2-9]\d{6,7}$/.test(national)) {
    return { kind: 'unreachable', reason: 'landline', e164: null };
  }
  return { kind: 'unreachable', reason: 'invalid', e164: null };
}

function checkNanp(national: string): PhoneCheck {
  // NANP numbers do not say whether they are mobile; accept any valid one.
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return { kind: 'mobile', e164: `+1${national}` };
  return { kind: 'unreachable', reason: 'invalid', e164: null };
}

function checkUk(national: string): PhoneCheck {
  const n = national.replace(/^0/, '');
  if (/^7\d{9}$/.test(n)) return { kind: 'mobile', e164: `+44${n}` };
  if (/^[1-9]\d{8,9}$/.test(n)) return { kind: 'unreachable', reason: 'landline', e164: `+44${n}` };
  return { kind: 'unreachable', reason: 'invalid', e164: null };
}

export function checkPhone(raw: string | null | undefined, region: Region = 'CN'): PhoneCheck {
  if (raw == null || raw.trim() === '') return { kind: 'unreachable', reason: 'missing', e164: null };
  let n = cleanPhone(raw);
  if (n.startsWith('00')) n = `+${n.slice(2)}`;
  if (n.startsWith('+86')) return checkChina(n.slice(3));
  if (n.startsWith('+1')) return checkNanp(n.slice(2));
  if (n.startsWith('+44')) return checkUk(n.slice(3));
  if (n.startsWith('+')) {
    return /^\+[1-9]\d{7,14}$/.test(n)
      ? { kind: 'mobile', e164: n }
      : { kind: 'unreachable', reason: 'invalid', e164: null };
  }
  if (region === 'CN') {
    if (/^861[3-9]\d{9}$/.test(n)) return checkChina(n.slice(2));
    return checkChina(n);
  }
  if (region === 'US') return checkNanp(n.length === 11 && n.startsWith('1') ? n.slice(1) : n);
  return checkUk(n.startsWith('44') ? n.slice(2) : n);
}

export const isE164 = (text: string): boolean => /^\+[1-9]\d{7,14}$/.test(text);
