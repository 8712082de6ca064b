import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../shared/contract/import';
import { useLang } from '../state/app';
import { importActions } from '../state/import';
import { useSettings } from '../state/settings';

/** An import's time in the business's time zone (stored in UTC). */
function when(iso: string, zone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Past imports; the latest one can be undone while nothing depends on it (else: why not). */
export function ImportHistory({ history }: { history: ImportRecord[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const zone = useSettings()?.timezone ?? 'Asia/Shanghai';
  return (
    <section className="card" data-testid="import-history">
      <h2>{t('importPage.history.title')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('importPage.history.empty')}</p>
      ) : (
        <table className="mini-table history">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('importPage.history.when')}</th>
              <th>{t('importPage.history.file')}</th>
              <th className="num">{t('importPage.history.rows')}</th>
              <th>{t('importPage.history.state')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.id} data-testid={`history-${h.id}`}>
                <td className="num">{h.id}</td>
                <td>{when(h.createdAt, zone, lang)}</td>
                <td>
                  {h.file}
                  {h.sheet ? <span className="muted"> · {h.sheet}</span> : null}
                </td>
                <td className="num">
                  {h.rows.created} / {h.rows.updated} / {h.rows.unchanged} / {h.rows.rejected}
                </td>
                <td>
                  {h.undoneAt ? (
                    <span className="badge neutral">{t('importPage.history.undone')}</span>
                  ) : h.canUndo ? (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => {
                        if (window.confirm(t('importPage.history.confirmUndo', { id: h.id }))) void importActions.undo(h.id);
                      }}
                    >
                      {t('importPage.history.undo')}
                    </button>
                  ) : (
                    <span className="muted small" title={h.undoBlocked ?? ''}>
                      —
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
