import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/errors';
import { PLACEHOLDERS, type PlaceholderName, renderTemplate, sampleContext } from '../../shared/template';

interface Props {
  lang: Lang;
  onInsert: (name: PlaceholderName) => void;
}

/** An example value in the interface language (rendered without a signature: pack 'us'). */
function example(name: PlaceholderName, lang: Lang): string {
  const r = renderTemplate(`{{${name}}}`, sampleContext(lang), lang, 'us');
  return r.ok ? r.text : '';
}

/** A small menu of the placeholders, with their names in the interface language and an example. */
export function PlaceholderMenu({ lang, onInsert }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="tpl-menu" ref={box}>
      <button type="button" className="button small" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {t('templates.insert')} ▾
      </button>
      {open && (
        <div className="tpl-menu-list" role="menu" id={menuId} tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {PLACEHOLDERS.map((p) => (
              <button
                key={p.name}
                type="button"
                role="menuitem"
                data-placeholder={p.name}
                onClick={() => {
                  setOpen(false);
                  onInsert(p.name);
                }}
              >
                <span className="tpl-menu-label">{p.label[lang]}</span>
                <span className="muted small tpl-menu-sample">{example(p.name, lang)}</span>
              </button>
          ))}
        </div>
      )}
    </div>
  );
}
