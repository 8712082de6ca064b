import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

interface Props {
  title: string;
  body: string;
  confirm: string;
  keep: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before anything that cannot be undone, saying what the risk is. */
export function ConfirmDialog({ title, body, confirm, keep, danger, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="stack" data-testid="confirm-dialog">
        <p>{body}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {keep}
          </button>
          <button type="button" className={danger ? 'button danger' : 'button primary'} disabled={busy} onClick={onConfirm} data-testid="confirm">
            {busy ? t('app.saving') : confirm}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
