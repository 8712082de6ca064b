// Money is always integer minor units (分 / cents); floats never hold an amount.

export function assertCents(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of cents: ${value}`);
  return value;
}

export function addCents(...values: number[]): number {
  return assertCents(values.reduce((sum, v) => sum + assertCents(v), 0));
}

/** Parses a plain decimal string ("1234.5", "-3", "0.07") into cents, exactly (no float maths). */
export function parseDecimalToCents(text: string): number | null {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + frac;
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] ? -cents : cents;
}

const SYMBOLS: Record<string, { prefix: string; suffixZh: string }> = {
  CNY: { prefix: 'CN¥', suffixZh: '元' },
  USD: { prefix: 'US$', suffixZh: '美元' },
  GBP: { prefix: '£', suffixZh: '英镑' },
  EUR: { prefix: '€', suffixZh: '欧元' },
};

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Plain "1,234.50" without currency. */
export function formatCentsPlain(cents: number): string {
  assertCents(cents);
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const text = `${groupThousands(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
  return neg ? `-${text}` : text;
}

/** Localised money: "1,234.50元" in Chinese, "CN¥1,234.50" in English. */
export function formatMoney(cents: number, currency: string, lang: string): string {
  const sym = SYMBOLS[currency] ?? { prefix: `${currency} `, suffixZh: ` ${currency}` };
  const plain = formatCentsPlain(cents);
  if (lang.startsWith('zh')) return `${plain}${sym.suffixZh}`;
  return plain.startsWith('-') ? `-${sym.prefix}${plain.slice(1)}` : `${sym.prefix}${plain}`;
}
