// Chinese cloud providers bill by characters, not encoding: every character (Chinese, ASCII,
// full- or half-width, the 【signature】 included) counts 1; 70 single, 67 per part; max 500.
export const CN_BILLING = { single: 70, multi: 67, maxChars: 500 } as const;

export function cnBillingParts(text: string): { chars: number; parts: number } {
  const chars = [...text].length;
  const parts = chars <= CN_BILLING.single ? 1 : Math.ceil(chars / CN_BILLING.multi);
  return { chars, parts };
}
