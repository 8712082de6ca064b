import { useTranslation } from 'react-i18next';
import type { TemplateEntry } from '../state/templates';

interface Props {
  entry: TemplateEntry;
  onRestore: (body: string) => void;
}

/** Every saved version, newest first; an old one can be loaded back into the editor. */
export function VersionHistory({ entry, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <details className="card tpl-history" data-testid="tpl-history">
      <summary>
        {t('templates.history')} <span className="tpl-count">{entry.versions.length}</span>
      </summary>
      <ol>
        {entry.versions.map((v) => (
          <li key={v.id}>
            <div className="tpl-history-head">
              <strong>{t('templates.version', { version: v.version })}</strong>
              <span className="muted small">{new Date(v.createdAt).toLocaleString(i18n.language)}</span>
              {v.id === entry.template.id ? (
                <span className="badge accent">{t('templates.current')}</span>
              ) : (
                <button type="button" className="button small" onClick={() => onRestore(v.body)}>
                  {t('templates.restore')}
                </button>
              )}
            </div>
            <p className="tpl-history-body">{v.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
