import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queueActions, useQueue } from '../state/queue';
import { ConfirmDialog } from './ConfirmDialog';

/** Pause or resume the worker, send what is due now, cancel everything not yet sent. */
export function QueueToolbar({ cancellable }: { cancellable: number }) {
  const { t } = useTranslation();
  const paused = useQueue((s) => s.status?.paused ?? false);
  const busy = useQueue((s) => s.busy);
  // Queued ones are due; one left 'sending' by a crash is recovered (as uncertain) by the next run.
  const due = useQueue((s) => (s.status?.counts.queued ?? 0) + (s.status?.counts.sending ?? 0));
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <div className="queue-toolbar">
      {paused ? (
        <button type="button" className="button" disabled={busy} onClick={() => void queueActions.resume()} data-testid="queue-resume">
          {t('queuePage.resume')}
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void queueActions.pause()} data-testid="queue-pause">
          {t('queuePage.pause')}
        </button>
      )}
      <button type="button" className="button" disabled={busy || cancellable === 0} onClick={() => setConfirmAll(true)} data-testid="queue-cancel-all">
        {t('queuePage.cancelAll')}
      </button>
      <button type="button" className="button primary" disabled={busy || paused || due === 0} onClick={() => void queueActions.work()} data-testid="queue-work">
        {t('queuePage.sendNow')}
      </button>
      {confirmAll && (
        <ConfirmDialog
          title={t('queuePage.confirmCancelAll.title')}
          body={t('queuePage.confirmCancelAll.body')}
          confirm={t('queuePage.confirmCancelAll.confirm')}
          keep={t('queuePage.confirmCancelAll.keep')}
          danger
          busy={busy}
          onClose={() => setConfirmAll(false)}
          onConfirm={() => {
            void queueActions.cancelAll().then(() => setConfirmAll(false));
          }}
        />
      )}
    </div>
  );
}
