import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { AppEvent, DuebellApi, Input, MethodName, Output } from '../shared/api';
import { isMethodName } from '../shared/api';
import { translateError } from '../shared/i18n/errors';
import type { Result } from '../shared/result';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

// Sandboxed preload: exposes the contract as window.duebell and nothing else (no ipcRenderer,
// no Node). The main side checks everything again; this only keeps garbage off the wire.

const unknownMethod = (method: unknown): Result<never> => {
  const params = { method: String(method).slice(0, 80) };
  const message = `${translateError('unknown_method', 'zh-CN', params)} / ${translateError('unknown_method', 'en', params)}`;
  return { ok: false, error: { code: 'unknown_method', message } };
};

const api: DuebellApi = {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
    if (typeof method !== 'string' || !isMethodName(method)) return Promise.resolve(unknownMethod(method));
    return ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<Result<Output<M>>>;
  },
  on(listener: (event: AppEvent) => void): () => void {
    // The IpcRendererEvent (and its sender) never reaches the page: only the AppEvent does.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('duebell', api);
