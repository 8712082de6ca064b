import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queueActions, useQueue } from '../state/queue';
import { ConfirmDialog } from './ConfirmDialog';

type Action = 'mark_sent' | 'send_again';

/** An uncertain message waits for a person: mark it sent, or send it again knowing the risk. */
export function ResolveUncertain({ id }: { id: number }) {
  const { t } = useTranslation();
  const busy = useQueue((s) => s.busy);
  const [asking, setAsking] = useState<Action | null>(null);
  return (
    <section className="banner warn resolve" data-testid="resolve-uncertain">
      <strong>{t('queuePage.resolve.title')}</strong>
      <span>{t('queuePage.resolve.explain')}</span>
      <div className="resolve-actions">
        <button type="button" className="button small" onClick={() => setAsking('mark_sent')} data-testid="mark-sent">
          {t('queuePage.resolve.markSent')}
        </button>
        <button type="button" className="button small" onClick={() => setAsking('send_again')} data-testid="send-again">
          {t('queuePage.resolve.sendAgain')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t(asking === 'mark_sent' ? 'queuePage.resolve.markSentTitle' : 'queuePage.resolve.sendAgainTitle')}
          body={t(asking === 'mark_sent' ? 'queuePage.resolve.markSentBody' : 'queuePage.resolve.sendAgainBody')}
          confirm={t(asking === 'mark_sent' ? 'queuePage.resolve.markSent' : 'queuePage.resolve.sendAgain')}
          keep={t('queuePage.resolve.keep')}
          danger={asking === 'send_again'}
          busy={busy}
          onClose={() => setAsking(null)}
          onConfirm={() => {
            void queueActions.resolve(id, asking).then(() => setAsking(null));
          }}
        />
      )}
    </section>
  );
}
