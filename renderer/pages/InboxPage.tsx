import { ComingSoon } from './ComingSoon';

export function InboxPage() {
  return <ComingSoon feature="inbox" />;
}
