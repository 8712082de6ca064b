import { type ComponentType, useEffect } from 'react';
import { Header } from './components/Header';
import { Nav } from './components/Nav';
import { ImportPage } from './pages/ImportPage';
import { InboxPage } from './pages/InboxPage';
import { LedgerPage } from './pages/LedgerPage';
import { PlanPage } from './pages/PlanPage';
import { QueuePage } from './pages/QueuePage';
import { ReportsPage } from './pages/ReportsPage';
import { SettingsPage } from './pages/SettingsPage';
import { TemplatesPage } from './pages/TemplatesPage';
import { type Route, useRoute } from './routes';
import { appActions } from './state/app';
import { subscribeToEvents } from './state/events';
import { ledgerActions } from './state/ledger';
import { settingsActions } from './state/settings';

const PAGES: Record<Route, ComponentType> = {
  ledger: LedgerPage,
  import: ImportPage,
  templates: TemplatesPage,
  plan: PlanPage,
  queue: QueuePage,
  inbox: InboxPage,
  reports: ReportsPage,
  settings: SettingsPage,
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    const off = subscribeToEvents();
    void settingsActions.load();
    void appActions.loadInfo();
    void appActions.loadLedgers();
    void ledgerActions.refresh();
    return off;
  }, []);
  const Page = PAGES[route];
  return (
    <div className="shell">
      <Header />
      <Nav />
      <main className="main" id="main">
        <Page />
      </main>
    </div>
  );
}
