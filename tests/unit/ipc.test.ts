import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { handleCall } from '../../electron/ipc';
import { appIndexUrl } from '../../electron/security';

const index = appIndexUrl('/opt/Duebell/dist/renderer/index.html');

function fakeCore() {
  const calls: [string, unknown][] = [];
  const core = {
    call: async (method: string, input: unknown): Promise<Result<unknown>> => {
      calls.push([method, input]);
      return { ok: true, value: { host: 'electron' } };
    },
    onEvent: () => () => {},
    settings: () => ({ language: 'en' }),
  };
  return { core: core as unknown as Parameters<typeof handleCall>[0], calls };
}

describe('handleCall', () => {
  it('passes a contract call from the app page to the core', async () => {
    const { core, calls } = fakeCore();
    const r = await handleCall(core, index, { url: index }, 'app.info', {});
    expect(r).toEqual({ ok: true, value: { host: 'electron' } });
    expect(calls).toEqual([['app.info', {}]]);
  });

  it('refuses a sender that is not the app page, before looking at the method', async () => {
    const { core, calls } = fakeCore();
    for (const frame of [null, { url: 'https://example.com/' }]) {
      const r = await handleCall(core, index, frame, 'app.info', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden_origin' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses names outside the contract, including inherited ones and non-strings', async () => {
    const { core, calls } = fakeCore();
    for (const method of ['nope', 'constructor', '__proto__', 'toString', 42, null, { m: 1 }]) {
      const r = await handleCall(core, index, { url: index }, method, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      if (!r.ok) expect(r.error.message).toMatch(/Unknown operation/);
    }
    expect(calls).toEqual([]);
  });
});
