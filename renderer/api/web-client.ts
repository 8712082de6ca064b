import type { AppEvent, DuebellApi, Input, MethodName, Output, Result } from '../../shared/api';
import { apiLang } from './lang';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

function failure(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** The browser-mode client: fetch for calls, server-sent events for pushes. */
export function createWebClient(token: string | null): DuebellApi {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  const connect = () => {
    if (source || !token) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (msg: MessageEvent<string>) => {
      let event: AppEvent;
      try {
        event = JSON.parse(msg.data) as AppEvent;
      } catch {
        return;
      }
      for (const l of listeners) l(event);
    };
  };

  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Duebell-Token': token ?? '',
            'X-Duebell-Lang': apiLang(),
          },
          body: JSON.stringify(input),
        });
      } catch (err) {
        return failure('network', String(err));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return failure('network', `HTTP ${response.status}`);
      }
      // The server validated the output against the contract before it sent it.
      return isResult(body) ? (body as Result<Output<M>>) : failure('network', `HTTP ${response.status}`);
    },
    on(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
