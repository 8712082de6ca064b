import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type PreviewResult } from '../../shared/contract/import';
import { importActions, useEditedMapping } from '../state/import';

const REQUIRED: ReadonlySet<ImportField> = new Set(['name', 'dueDate', 'amount']);

/** Sheet picker and one select per field, auto-detected values preselected, missing ones flagged. */
export function MappingStep({ preview, busy }: { preview: PreviewResult; busy: boolean }) {
  const { t } = useTranslation();
  const mapping = useEditedMapping();
  const edited = JSON.stringify(mapping) !== JSON.stringify(preview.mapping);
  const missing = new Set(preview.missingFields);
  const note =
    preview.mappingSource === 'remembered' ? t('importPage.mapping.remembered') : preview.mappingSource === 'user' ? t('importPage.mapping.user') : t('importPage.mapping.hint');
  return (
    <section className="card mapping" data-testid="mapping-step">
      <div className="mapping-head">
        <div>
          <h2>{t('importPage.mapping.title')}</h2>
          <p className="muted small">{note}</p>
        </div>
        <label className="field sheet-pick">
          <span>{t('importPage.sheet')}</span>
          <select value={preview.sheet} disabled={busy} onChange={(e) => void importActions.chooseSheet(e.target.value)} data-testid="sheet-select">
            {preview.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => {
          const value = mapping[field];
          const flagged = missing.has(field) && value === undefined;
          return (
            <label key={field} className={`field${flagged ? ' has-error' : ''}`} data-testid={`map-${field}`}>
              <span>
                {t(`importPage.fields.${field}`)}
                {REQUIRED.has(field) && (
                  <abbr className="required-mark" title={t('importPage.mapping.required')}>
                    *
                  </abbr>
                )}
              </span>
              <select
                value={value === undefined ? '' : String(value)}
                disabled={busy}
                onChange={(e) => importActions.setField(field, e.target.value === '' ? null : Number(e.target.value))}
              >
                <option value="">{t('importPage.mapping.none')}</option>
                {preview.headers.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions; headers may repeat or be blank
                  <option key={i} value={String(i)}>
                    {String.fromCharCode(65 + (i % 26))}
                    {i >= 26 ? Math.floor(i / 26) : ''} · {h || '—'}
                  </option>
                ))}
              </select>
              {flagged && <span className="field-error">{t('importPage.mapping.missing')}</span>}
            </label>
          );
        })}
      </div>
      {preview.missingFields.length > 0 && (
        <p className="form-error" role="alert">
          {t('importPage.mapping.missingHint', { fields: preview.missingFields.map((f) => t(`importPage.fields.${f}`)).join('、') })}
        </p>
      )}
      <div className="form-actions start">
        <button type="button" className="button" disabled={busy || !edited} onClick={() => void importActions.applyMapping()} data-testid="apply-mapping">
          {t('importPage.mapping.apply')}
        </button>
      </div>
    </section>
  );
}
