import { useTranslation } from 'react-i18next';
import type { Hint, Severity } from '../../shared/compliance';
import type { Lang } from '../../shared/i18n/errors';

const ORDER: Severity[] = ['block', 'warn', 'info'];

interface Props {
  hints: readonly Hint[];
  lang: Lang;
  onSelect: (hint: Hint) => void;
}

/** Hints grouped by severity; a hint with a span selects its words in the editor. */
export function HintsPanel({ hints, lang, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card tpl-hints" aria-labelledby="tpl-hints-title" data-testid="tpl-hints">
      <h2 id="tpl-hints-title">{t('templates.hints.title')}</h2>
      {hints.length === 0 && <p className="tpl-ok">{t('templates.hints.none')}</p>}
      {ORDER.map((severity) => {
        const group = hints.filter((h) => h.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`tpl-hint-group ${severity}`} data-severity={severity}>
            <h3>
              {t(`templates.hints.${severity}`)} <span className="tpl-count">{group.length}</span>
            </h3>
            <ul>
              {group.map((h) => (
                <li key={`${h.rule}-${h.start}-${h.end}-${h.messageKey}`}>
                  <button
                    type="button"
                    className="tpl-hint"
                    data-rule={h.rule}
                    disabled={h.end <= h.start}
                    title={h.end > h.start ? t('templates.hints.select') : undefined}
                    onClick={() => onSelect(h)}
                  >
                    <span className="tpl-rule">{h.rule}</span>
                    <span className="tpl-hint-text">{h.message[lang]}</span>
                  </button>
                  <span className="tpl-source">{h.source}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
