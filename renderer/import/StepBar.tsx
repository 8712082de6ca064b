import { useTranslation } from 'react-i18next';
import type { ImportStep } from '../state/import';

const STEPS = ['choose', 'mapping', 'summary', 'done'] as const;

/** Where the user is: choose → check columns → confirm → done. */
export function StepBar({ step, hasPreview }: { step: ImportStep; hasPreview: boolean }) {
  const { t } = useTranslation();
  // Columns and confirmation share one screen: while previewing, both steps are current.
  const current = (i: number) => (step === 'done' ? i === 3 : hasPreview ? i === 1 || i === 2 : i === 0);
  const past = (i: number) => (step === 'done' ? i < 3 : hasPreview ? i === 0 : false);
  return (
    <ol className="import-steps" data-testid="import-steps">
      {STEPS.map((s, i) => (
        <li key={s} className={current(i) ? 'current' : past(i) ? 'past' : ''} aria-current={current(i) ? 'step' : undefined}>
          <span className="step-num">{i + 1}</span>
          {t(`importPage.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
