import type { DuebellApi } from '../../shared/api';
import { takeToken } from './token';
import { createWebClient } from './web-client';

let instance: DuebellApi | null = null;

/** The one API object: the preload's in Electron, the web client in a browser. */
export function api(): DuebellApi {
  instance ??= window.duebell ?? createWebClient(takeToken());
  return instance;
}
