import { useTranslation } from 'react-i18next';
import type { ImportStep } from '../state/import';

const STEPS = ['choose', 'mapping', 'summary', 'done'] as const;

/** Where the user is: choose → check columns → confirm → done. */
export function StepBar({ step, hasPreview }: { step: ImportStep; hasPreview: boolean }) {
  const { t } = useTranslation();
  const at = step === 'done' ? 3 : hasPreview ? 2 : 0;
  return (
    <ol className="import-steps" data-testid="import-steps">
      {STEPS.map((s, i) => (
        <li key={s} className={i < at || (i === 1 && at >= 1) ? 'past' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
          <span className="step-num">{i + 1}</span>
          {t(`importPage.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
