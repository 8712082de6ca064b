import { useTranslation } from 'react-i18next';
import type { Stage } from './types';

const TONE: Record<Stage, string> = { reminder1: 'neutral', reminder2: 'warn', final: 'danger', confirmation: 'ok' };

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[stage]}`} data-stage={stage}>
      {t(`planPage.stage.${stage}`)}
    </span>
  );
}
