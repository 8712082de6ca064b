import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// shared/ runs in the renderer and in Node: no Node built-ins, no DOM globals.
const ROOT = join(__dirname, '../../../shared');
const FORBIDDEN = [/from ['"]node:/, /from ['"](?:fs|path|os|crypto|child_process)['"]/, /\brequire\(/, /\bwindow\./, /\bdocument\./, /\bprocess\./];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('layering', () => {
  for (const area of ['sms', 'compliance', 'template']) {
    it(`shared/${area} uses no Node or DOM APIs`, () => {
      const list = files(join(ROOT, area));
      expect(list.length).toBeGreaterThan(2);
      for (const file of list) {
        const source = readFileSync(file, 'utf8');
        for (const re of FORBIDDEN) expect(re.test(source), `${file} matches ${re}`).toBe(false);
      }
    });
  }
});
