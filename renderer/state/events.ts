import { api } from '../api';
import { appActions } from './app';
import { ledgerActions } from './ledger';
import { settingsActions } from './settings';
import { templatesActions } from './templates';

/** Keeps the stores in step with changes made elsewhere (another window, the CLI, the queue). */
export function subscribeToEvents(): () => void {
  return api().on((event) => {
    if (event.type === 'ledger.changed') void ledgerActions.refresh();
    else if (event.type === 'settings.changed') {
      void settingsActions.load();
      void appActions.loadLedgers(); // the business name is the ledger's display name
    }
    else if (event.type === 'ledger.switched') {
      ledgerActions.reset();
      templatesActions.invalidate();
      void ledgerActions.refresh();
      void settingsActions.load();
      void appActions.loadLedgers();
    }
  });
}
