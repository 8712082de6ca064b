import { ComingSoon } from './ComingSoon';

export function QueuePage() {
  return <ComingSoon feature="queue" />;
}
