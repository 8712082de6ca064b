import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../shared/contract/import';
import { importActions } from '../state/import';

const CARDS = ['read', 'created', 'updated', 'unchanged', 'skipped', 'rejected'] as const;
const TONE: Record<(typeof CARDS)[number], string> = { read: '', created: 'ok', updated: 'accent', unchanged: '', skipped: '', rejected: 'danger' };
const LIST_LIMIT = 200;

/** Counts, what the commit will also do, the rejected rows with their cells, then commit. */
export function SummaryStep({ preview, busy }: { preview: PreviewResult; busy: boolean }) {
  const { t } = useTranslation();
  const r = preview.rows;
  const writes = r.created + r.updated;
  return (
    <section className="card import-summary" data-testid="import-summary">
      <h2>{t('importPage.summary.title')}</h2>
      <dl className="summary import-cards">
        {CARDS.map((k) => (
          <div key={k} className={`summary-card ${TONE[k]}`} data-testid={`count-${k}`}>
            <dt>{t(`importPage.summary.${k}`)}</dt>
            <dd>{r[k]}</dd>
          </div>
        ))}
      </dl>
      {preview.payments > 0 && <p className="notice ok">{t('importPage.summary.payments', { count: preview.payments })}</p>}
      {preview.remindersToCancel > 0 && <p className="notice ok">{t('importPage.summary.reminders', { count: preview.remindersToCancel })}</p>}
      {writes === 0 && r.rejected === 0 && <p className="notice">{t('importPage.summary.nothing')}</p>}
      {preview.rejected.length > 0 && (
        <details open className="issue-list" data-testid="rejected-list">
          <summary>
            {t('importPage.summary.rejectedTitle')} ({preview.rejected.length})
          </summary>
          <table className="mini-table">
            <tbody>
              {preview.rejected.slice(0, LIST_LIMIT).map((x) => (
                <tr key={x.row}>
                  <td className="num">{x.row}</td>
                  <td className="danger-text">{x.message}</td>
                  <td className="cells">{x.cells.join(' | ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.rejected.length > LIST_LIMIT && <p className="muted small">{t('importPage.summary.more', { count: preview.rejected.length - LIST_LIMIT })}</p>}
        </details>
      )}
      {preview.warnings.length > 0 && (
        <details className="issue-list" data-testid="warning-list">
          <summary>
            {t('importPage.summary.warningsTitle')} ({preview.warnings.length})
          </summary>
          <ul className="small">
            {preview.warnings.slice(0, LIST_LIMIT).map((w) => (
              <li key={`${w.row}-${w.reason}`}>
                {t('importPage.table.row')} {w.row}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="form-actions start">
        <button type="button" className="button primary large" disabled={busy || preview.missingFields.length > 0} onClick={() => void importActions.commit()} data-testid="commit">
          {writes > 0 ? t('importPage.summary.commit', { count: writes }) : t('importPage.summary.commitNothing')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => importActions.reset()}>
          {t('importPage.summary.cancel')}
        </button>
      </div>
    </section>
  );
}
