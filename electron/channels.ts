// The only two IPC channels: shared by the main side (ipc.ts) and the preload, so they can't drift.
export const CALL_CHANNEL = 'duebell:call';
export const EVENT_CHANNEL = 'duebell:event';
