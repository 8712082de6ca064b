import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneStep } from '../import/DoneStep';
import { DropZone } from '../import/DropZone';
import { ImportHistory } from '../import/ImportHistory';
import { MappingStep } from '../import/MappingStep';
import { PreviewTable } from '../import/PreviewTable';
import { ProgressBar } from '../import/ProgressBar';
import { StepBar } from '../import/StepBar';
import { SummaryStep } from '../import/SummaryStep';
import '../import/import.css';
import { useLang } from '../state/app';
import {
  importActions,
  useImportBusy,
  useImportError,
  useImportFileName,
  useImportHistory,
  useImportProgress,
  useImportResult,
  useImportStep,
  usePreview,
  useUndoneId,
} from '../state/import';

export function ImportPage() {
  const { t } = useTranslation();
  const step = useImportStep();
  const busy = useImportBusy();
  const preview = usePreview();
  const progress = useImportProgress();
  const result = useImportResult();
  const error = useImportError();
  const history = useImportHistory();
  const fileName = useImportFileName();
  const undoneId = useUndoneId();

  const lang = useLang();

  useEffect(() => {
    void importActions.loadHistory();
    return importActions.subscribe();
  }, []);

  useEffect(() => {
    void lang; // re-run on a language switch
    void importActions.relocalise();
    void importActions.loadHistory();
  }, [lang]);

  return (
    <section className="page import-page" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">{t('importPage.title')}</h1>
          <p className="muted">{t('importPage.subtitle')}</p>
        </div>
      </div>
      <StepBar step={step} hasPreview={preview !== null} />
      {error && (
        <div className="card form-error" role="alert" data-testid="import-error">
          {t('importPage.error')}: {error}
        </div>
      )}
      {step === 'choose' && !preview && <DropZone disabled={busy} />}
      {busy && fileName && !preview && <p className="muted">{t('importPage.drop.reading', { name: fileName })}</p>}
      {progress && (busy || step === 'committing') && <ProgressBar progress={progress} />}
      {preview && (step === 'preview' || step === 'committing') && (
        <>
          <MappingStep preview={preview} busy={busy || step === 'committing'} />
          <PreviewTable preview={preview} />
          <SummaryStep preview={preview} busy={busy || step === 'committing'} />
        </>
      )}
      {step === 'done' && result && <DoneStep result={result} record={history?.find((h) => h.id === result.importId)} undone={undoneId === result.importId} />}
      {history && <ImportHistory history={history} />}
    </section>
  );
}
