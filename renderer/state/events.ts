import { api } from '../api';
import { readProgress } from '../queue/progress';
import { appActions } from './app';
import { autopilotActions } from './autopilot';
import { ledgerActions } from './ledger';
import { planActions } from './plan';
import { queueActions } from './queue';
import { settingsActions } from './settings';
import { templatesActions } from './templates';

/** Keeps the stores in step with changes made elsewhere (another window, the CLI, the queue). */
export function subscribeToEvents(): () => void {
  return api().on((event) => {
    if (event.type === 'ledger.changed') {
      void ledgerActions.refresh();
      planActions.markStale();
    } else if (event.type === 'settings.changed') {
      void settingsActions.load();
      void appActions.loadLedgers(); // the business name is the ledger's display name
      void autopilotActions.load();
    } else if (event.type === 'ledger.switched') {
      ledgerActions.reset();
      templatesActions.invalidate();
      planActions.reset();
      queueActions.reset();
      autopilotActions.reset();
      void autopilotActions.load();
      void ledgerActions.refresh();
      void settingsActions.load();
      void appActions.loadLedgers();
    } else if (event.type === 'queue.progress') {
      const progress = readProgress(event.payload);
      if (!progress) return;
      queueActions.onProgress(progress);
      planActions.onProgress(progress.counts);
      void planActions.syncStates();
    } else if (event.type === 'autopilot.ran') {
      void autopilotActions.load();
    } else if (event.type === 'queue.changed') {
      void queueActions.refresh();
      void planActions.syncStates();
    }
  });
}
