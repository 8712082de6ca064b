import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../../electron/host/web/server';
import { importTestKit, sample } from './helpers';

const kit = importTestKit();

async function post(port: number, token: string, method: string, body: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-duebell-token': token, 'x-duebell-lang': 'en' },
    body,
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } } };
}

describe('uploading through the web host', () => {
  it('accepts a multi-megabyte upload for import.upload only, then previews and commits it', async () => {
    const core = await kit.core();
    const host = await startWebHost({ core, staticDir: '/nonexistent', token: 'test-token-123456' });
    try {
      // Padding the sample with a 3 MB JSON field shows the raised limit without a 3 MB ledger.
      const data = readFileSync(sample('ledger-accounting.xlsx')).toString('base64');
      const padded = JSON.stringify({ fileName: '应收.xlsx', dataBase64: data, pad: 'x'.repeat(3_000_000) });
      const up = await post(host.port, host.token, 'import.upload', padded);
      expect(up.status).toBe(200);
      expect(up.body.ok).toBe(true);
      const uploadId = up.body.value?.uploadId as string;
      const other = await post(host.port, host.token, 'customers.list', JSON.stringify({ pad: 'x'.repeat(3_000_000) }));
      expect(other.status).toBe(413);
      const preview = await post(host.port, host.token, 'import.preview', JSON.stringify({ uploadId }));
      expect(preview.body.value).toMatchObject({ file: '应收.xlsx', rows: { created: 15 } });
      const done = await post(host.port, host.token, 'import.commit', JSON.stringify({ token: preview.body.value?.token }));
      expect(done.body.value).toMatchObject({ importId: 1, file: '应收.xlsx' });
      const bad = await post(host.port, host.token, 'import.upload', JSON.stringify({ fileName: 'a.xlsx', dataBase64: '%%%notbase64' }));
      expect(bad.body.error?.code).toBe('import_upload_invalid');
    } finally {
      await host.close();
      core.close();
    }
  });
});
