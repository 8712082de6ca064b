import { useTranslation } from 'react-i18next';
import type { PreviewResult, RowStatus } from '../../shared/contract/import';

const TONE: Record<RowStatus, string> = { create: 'ok', update: 'accent', unchanged: 'neutral', skipped: 'muted-badge', rejected: 'danger' };

/** The first rows as the file has them, each with its fate; problem rows highlighted with why. */
export function PreviewTable({ preview }: { preview: PreviewResult }) {
  const { t } = useTranslation();
  const width = Math.max(preview.headers.length, ...preview.sample.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => preview.headers[i] ?? '');
  return (
    <section className="card preview" data-testid="preview-table">
      <h2>{t('importPage.table.title', { count: preview.sample.length })}</h2>
      <p className="muted small">
        {preview.file} · {t('importPage.sheet')} {preview.sheet} · {t('importPage.headerRow', { row: preview.headerRow })}
      </p>
      <div className="preview-scroll">
        <table className="mini-table preview-grid">
          <thead>
            <tr>
              <th>{t('importPage.table.row')}</th>
              <th>{t('importPage.table.status')}</th>
              {columns.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position
                <th key={i}>{h}</th>
              ))}
              <th>{t('importPage.table.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((r) => (
              <tr key={r.row} className={`status-${r.status}`} data-testid={`preview-row-${r.row}`}>
                <td className="num">{r.row}</td>
                <td>
                  <span className={`badge ${TONE[r.status]}`}>{t(`importPage.status.${r.status}`)}</span>
                </td>
                {columns.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its position
                  <td key={i}>{r.cells[i] ?? ''}</td>
                ))}
                <td className="problem">
                  {r.message ??
                    (r.changes.length > 0 ? t('importPage.table.changes', { list: r.changes.map((c) => fieldLabel(t, c)).join('、') }) : '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const CHANGE_FIELD: Record<string, string> = { code: 'customerCode', amount: 'amount', paid: 'paid', mobile: 'mobile', name: 'name', dueDate: 'dueDate', issueDate: 'issueDate' };
const fieldLabel = (t: (k: string) => string, change: string) => t(`importPage.fields.${CHANGE_FIELD[change] ?? change}`);
