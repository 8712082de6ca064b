import { useCallback } from 'react';
import { formatDate } from '../../shared/dates';
import { formatMoney } from '../../shared/money';
import { useLang } from '../state/app';
import { useCurrency } from '../state/settings';

/** Formats cents in the ledger's currency and the UI's language. */
export function useMoney(): (cents: number, currency?: string) => string {
  const lang = useLang();
  const ledgerCurrency = useCurrency();
  return useCallback((cents, currency) => formatMoney(cents, currency ?? ledgerCurrency, lang), [lang, ledgerCurrency]);
}

export function useDate(): (iso: string | null) => string {
  const lang = useLang();
  return useCallback((iso) => (iso ? formatDate(iso, lang) : '—'), [lang]);
}
