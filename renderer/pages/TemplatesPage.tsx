import { ComingSoon } from './ComingSoon';

export function TemplatesPage() {
  return <ComingSoon feature="templates" />;
}
