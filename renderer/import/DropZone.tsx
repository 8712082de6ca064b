import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importActions } from '../state/import';

const ACCEPT = '.xlsx,.xls,.ods,.csv';

/** Drag a file in, or pick one; either way the store uploads and previews it. */
export function DropZone({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) void importActions.chooseFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <section
      className={`card drop-zone${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      aria-label={t('importPage.drop.title')}
    >
      <div className="drop-icon" aria-hidden="true">⇪</div>
      <p className="drop-title">{t('importPage.drop.title')}</p>
      <p className="muted">{t('importPage.drop.or')}</p>
      <button type="button" className="button primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t('importPage.drop.pick')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <p className="muted small">{t('importPage.drop.hint')}</p>
    </section>
  );
}
