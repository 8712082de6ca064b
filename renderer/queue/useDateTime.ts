import { useCallback, useMemo } from 'react';
import { useLang } from '../state/app';
import { useSettings } from '../state/settings';

/** Formats an ISO instant as a date and time in the business's time zone and the UI's language. */
export function useDateTime(): (iso: string | null) => string {
  const lang = useLang();
  const timeZone = useSettings()?.timezone;
  const format = useMemo(() => {
    try {
      return new Intl.DateTimeFormat(lang, { timeZone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    } catch {
      return new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    }
  }, [lang, timeZone]);
  return useCallback((iso) => {
    if (!iso) return '—';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  }, [format]);
}
