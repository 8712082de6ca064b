import { useTranslation } from 'react-i18next';
import type { PlannedMessage } from '../../shared/contract/plan';
import { HintedText } from './HintedText';

const SEVERITY_TONE = { block: 'danger', warn: 'warn', info: 'neutral' } as const;

/** An expanded plan row: the exact text that will be sent, and what the compliance check says. */
export function MessageDetail({ m }: { m: PlannedMessage }) {
  const { t } = useTranslation();
  return (
    <div className="detail plan-detail" data-testid="message-detail">
      <section>
        <h3>{t('planPage.text')}</h3>
        <HintedText text={m.text} hints={m.hints} />
        <p className="muted small">{t('planPage.meta', { encoding: m.encoding, length: m.text.length, parts: m.parts })}</p>
      </section>
      <section>
        <h3>{t('planPage.hints')}</h3>
        {m.hints.length === 0 ? (
          <p className="muted small">{t('planPage.noHints')}</p>
        ) : (
          <ul className="hint-list">
            {m.hints.map((h) => (
              <li key={`${h.rule}-${h.start}-${h.end}`}>
                <span className={`badge ${SEVERITY_TONE[h.severity]}`}>{t(`planPage.severity.${h.severity}`)}</span>
                <span>{h.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
