import type { DuebellApi } from '../../shared/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    duebell?: DuebellApi;
  }
}
