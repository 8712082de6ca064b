import { useTranslation } from 'react-i18next';
import type { MessageState } from './types';

export const STATE_TONE: Record<MessageState, string> = {
  planned: 'neutral',
  queued: 'accent',
  sending: 'accent',
  sent: 'ok',
  delivered: 'ok',
  failed: 'danger',
  cancelled: 'muted-badge',
  expired: 'muted-badge',
  uncertain: 'warn',
};

export function StateBadge({ state }: { state: MessageState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATE_TONE[state]}`} data-state={state}>
      {t(`queuePage.states.${state}`)}
    </span>
  );
}
