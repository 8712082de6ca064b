import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/dates';
import { useLang } from '../state/app';
import { type AutopilotStatus, useAutopilot } from '../state/autopilot';
import { useSettings } from '../state/settings';
import { AutopilotTime } from './AutopilotTime';
import { type Day, lastView, localStamp, nextView } from './autopilot-view';

/** The autopilot's time, what its last run did and when the next one is. */
export function AutopilotFacts({ status }: { status: AutopilotStatus }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useAutopilot((s) => s.today);
  const now = useAutopilot((s) => s.now);
  const timeZone = useSettings()?.timezone;
  const day = (d: Day) => (d.kind === 'date' ? formatDate(d.date, lang) : t(`autopilot.days.${d.kind}`));
  const when = (d: Day, time: string) => t('autopilot.when', { day: day(d), time }).trim();

  const last = lastView(status, today, timeZone);
  let lastText: string;
  if (last.kind === 'never') lastText = t('autopilot.never');
  else if (last.kind === 'running') lastText = t('autopilot.lastRunning', { when: when(last.day, last.time) });
  else if (last.kind === 'failed') lastText = t('autopilot.lastFailed', { when: when(last.day, last.time), error: last.error });
  else lastText = t('autopilot.lastDone', { when: when(last.day, last.time), planned: last.planned, approved: last.approved, excluded: last.excluded });

  const next = nextView(status, today, localStamp(now, timeZone));
  let nextText: string;
  if (next.kind === 'off') nextText = t('autopilot.nextOff');
  else if (next.kind === 'due') nextText = t('autopilot.nextDue');
  else nextText = when(next.day, next.time);

  return (
    <dl className="autopilot-facts">
      <div data-fact="time">
        <dt>{t('autopilot.time')}</dt>
        <dd>
          <AutopilotTime time={status.time} />
        </dd>
      </div>
      <div data-fact="last" data-testid="autopilot-last" data-kind={last.kind}>
        <dt>{t('autopilot.last')}</dt>
        <dd className={last.kind === 'failed' ? 'danger-text' : undefined}>{lastText}</dd>
      </div>
      <div data-fact="next" data-testid="autopilot-next" data-kind={next.kind}>
        <dt>{t('autopilot.next')}</dt>
        <dd>{nextText}</dd>
      </div>
    </dl>
  );
}
