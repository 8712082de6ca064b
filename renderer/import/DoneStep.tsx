import { useTranslation } from 'react-i18next';
import type { CommitResult, ImportRecord } from '../../shared/contract/import';
import { hrefOf } from '../routes';
import { importActions } from '../state/import';

export function DoneStep({ result, record, undone }: { result: CommitResult; record: ImportRecord | undefined; undone: boolean }) {
  const { t } = useTranslation();
  const r = result.rows;
  return (
    <section className="card import-done" data-testid="import-done">
      <h2>{undone ? t('importPage.history.undone') : t('importPage.done.title')}</h2>
      <p>
        {undone
          ? t('importPage.done.undone', { id: result.importId })
          : t('importPage.done.body', { id: result.importId, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected })}
      </p>
      {!undone && (result.payments > 0 || result.remindersCancelled > 0) && (
        <p className="notice ok">{t('importPage.done.payments', { count: result.payments, reminders: result.remindersCancelled })}</p>
      )}
      {!undone && record?.undoBlocked && <p className="muted small">{record.undoBlocked}</p>}
      <div className="form-actions start">
        <a className="button primary" href={hrefOf('ledger')}>
          {t('importPage.done.toLedger')}
        </a>
        <button type="button" className="button" onClick={() => importActions.reset()}>
          {t('importPage.done.another')}
        </button>
        {!undone && (
          <button type="button" className="button" disabled={!record?.canUndo} onClick={() => void importActions.undo(result.importId)} data-testid="undo-this">
            {t('importPage.done.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
