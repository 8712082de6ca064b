import { useTranslation } from 'react-i18next';
import { useMoney } from '../ledger/useMoney';
import type { LiveCheck } from './live-check';

interface Props {
  check: LiveCheck;
  overdueCustomers: number | null;
}

/** Live length, parts, encoding and cost, for a sample customer with the signature applied. */
export function SmsCounter({ check, overdueCustomers }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const { sms, ucs2, missing } = check;
  return (
    <section className="card tpl-counter" aria-labelledby="tpl-counter-title" data-testid="tpl-counter">
      <div className="tpl-counter-head">
        <h2 id="tpl-counter-title">{t('templates.counter.title')}</h2>
        <span className="muted small">{t('templates.counter.estimate')}</span>
      </div>
      {sms ? (
        <>
          <dl className="tpl-figures">
            <div>
              <dt>{t('templates.counter.characters')}</dt>
              <dd data-testid="tpl-characters">{sms.characters}</dd>
            </div>
            <div>
              <dt>{t('templates.counter.parts')}</dt>
              <dd data-testid="tpl-parts" className={sms.parts > 3 ? 'danger-text' : undefined}>
                {sms.parts}
              </dd>
            </div>
            <div>
              <dt>{t('templates.counter.encoding')}</dt>
              <dd>
                {sms.encoding} <span className="muted small">{t('templates.counter.perPart', { count: sms.perPart })}</span>
              </dd>
            </div>
            <div>
              <dt>{t('templates.counter.cost')}</dt>
              <dd data-testid="tpl-cost">{money(sms.costCents)}</dd>
            </div>
            {overdueCustomers !== null && (
              <div>
                <dt>{t('templates.counter.total', { count: overdueCustomers })}</dt>
                <dd>{money(sms.costCents * overdueCustomers)}</dd>
              </div>
            )}
          </dl>
          {check.cjk && <p className="small muted tpl-cjk">{t('templates.counter.cjk')}</p>}
          {ucs2.length > 0 && (
            <div className="tpl-ucs2">
              <p className="small muted">{t('templates.counter.ucs2')}</p>
              <ul>
                {ucs2.slice(0, 12).map((c) => (
                  <li key={c.char} className="tpl-ucs2-item">
                    <code>{c.char === ' ' || c.char.trim() === '' ? `U+${(c.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : c.char}</code>
                    <span className="small muted">
                      {c.replacement !== null ? t('templates.counter.replace', { replacement: `“${c.replacement}”` }) : t('templates.counter.noReplacement')}
                    </span>
                  </li>
                ))}
                {ucs2.length > 12 && <li className="small muted">+{ucs2.length - 12}</li>}
              </ul>
            </div>
          )}
        </>
      ) : (
        <p className="small muted">{t('templates.counter.missing', { names: missing.map((m) => `{{${m}}}`).join(' ') })}</p>
      )}
    </section>
  );
}
