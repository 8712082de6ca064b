import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appActions, useCurrentLedger, useLedgers } from '../state/app';
import { Dialog } from './Dialog';
import { Field } from './Field';

function LedgerDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ledgers = useLedgers();
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string | null>, setError: (e: string | null) => void) => {
    setBusy(true);
    const error = await work();
    setBusy(false);
    setError(error);
    if (!error) onClose();
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setCreateError(t('forms.errors.nameRequired'));
    void run(() => appActions.createLedger(name.trim()), setCreateError);
  };
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (!path.trim()) return setOpenError(t('header.pathRequired'));
    void run(() => appActions.openLedger(path.trim()), setOpenError);
  };

  return (
    <Dialog title={t('header.ledgersTitle')} onClose={onClose} wide>
      <p className="muted">{t('header.ledgersHint')}</p>
      <ul className="ledger-list">
        {ledgers.map((l) => (
          <li key={l.path}>
            <div className="ledger-item-text">
              <strong>{l.name}</strong>
              <span className="mono muted">{l.path}</span>
            </div>
            {l.current ? (
              <span className="badge neutral">{t('header.current')}</span>
            ) : (
              <button type="button" className="button small" disabled={busy} onClick={() => void run(() => appActions.openLedger(l.path), setOpenError)}>
                {t('header.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="two-col">
        <form onSubmit={create} className="stack" noValidate>
          <h3>{t('header.createTitle')}</h3>
          <Field label={t('header.createName')} error={createError}>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} />
          </Field>
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {t('header.createButton')}
            </button>
          </div>
        </form>
        <form onSubmit={open} className="stack" noValidate>
          <h3>{t('header.openTitle')}</h3>
          <Field label={t('header.openPath')} error={openError}>
            <input value={path} onChange={(e) => setPath(e.target.value)} className="mono" placeholder="/home/…/shop.db" />
          </Field>
          <div>
            <button type="submit" className="button" disabled={busy}>
              {t('header.openButton')}
            </button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}

export function LedgerSwitcher() {
  const { t } = useTranslation();
  const current = useCurrentLedger();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ledger-switch"
        onClick={() => {
          void appActions.loadLedgers();
          setOpen(true);
        }}
        title={current?.path}
        aria-label={`${t('header.switchLedger')}: ${current?.name ?? ''}`}
      >
        <span className="ledger-switch-label">{t('header.ledger')}</span>
        <span className="ledger-switch-name">{current?.name ?? '…'}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && <LedgerDialog onClose={() => setOpen(false)} />}
    </>
  );
}
