import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { type AppEvent, isMethodName } from '../shared/api';
import { translateError } from '../shared/i18n/errors';
import type { Result } from '../shared/result';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';
import type { Core } from './core/core';
import { isTrustedSender } from './security';

// The only user of ipcMain: one invoke channel for the contract, one push channel for events.
type CoreLike = Pick<Core, 'call' | 'onEvent' | 'settings'>;

const refuse = (code: string, core: CoreLike, params: Record<string, unknown> = {}): Result<never> => ({
  ok: false,
  error: { code, message: translateError(code, core.settings().language, params) },
});

/** One contract call from the renderer: who sent it, is it a contract method, then the core (which validates). */
export function handleCall(
  core: CoreLike,
  appIndex: string,
  frame: { url: string } | null | undefined,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(frame, appIndex)) return Promise.resolve(refuse('forbidden_origin', core));
  if (typeof method !== 'string' || !isMethodName(method)) {
    return Promise.resolve(refuse('unknown_method', core, { method: String(method).slice(0, 80) }));
  }
  return core.call(method, input);
}

export const sendEvent = (contents: WebContents, event: AppEvent): void => {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
};

/** Wires the window to the core; returns a function that undoes it (on quit). */
export function wireIpc(ipcMain: IpcMain, core: CoreLike, contents: WebContents, appIndex: string): () => void {
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) =>
    handleCall(core, appIndex, event.senderFrame, method, input),
  );
  const unsubscribe = core.onEvent((e) => sendEvent(contents, e));
  return () => {
    unsubscribe();
    ipcMain.removeHandler(CALL_CHANNEL);
  };
}
