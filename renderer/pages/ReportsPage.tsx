import { ComingSoon } from './ComingSoon';

export function ReportsPage() {
  return <ComingSoon feature="reports" />;
}
