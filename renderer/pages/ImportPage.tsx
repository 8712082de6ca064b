import { ComingSoon } from './ComingSoon';

export function ImportPage() {
  return <ComingSoon feature="import" />;
}
