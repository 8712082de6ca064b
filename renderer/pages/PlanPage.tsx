import { ComingSoon } from './ComingSoon';

export function PlanPage() {
  return <ComingSoon feature="plan" />;
}
