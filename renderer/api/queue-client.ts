import type { Result } from '../../shared/result';
import type { QueueMethods } from '../queue/types';
import { api } from './index';

type QueueMethod = keyof QueueMethods;
type UntypedCall = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The queue's calls, typed by the local mirror until shared/contract/queue.ts is on main. The
 * host validates every input and output against its contract, so the cast only bridges the
 * compile-time gap.
 */
export function queueCall<M extends QueueMethod>(method: M, input: QueueMethods[M]['input']): Promise<Result<QueueMethods[M]['output']>> {
  const call = api().call as unknown as UntypedCall;
  return call(method, input) as Promise<Result<QueueMethods[M]['output']>>;
}
