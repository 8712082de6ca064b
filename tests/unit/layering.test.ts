import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of DESIGN.md, checked by a test rather than by memory: shared/ is pure (no Node,
// no DOM), and renderer/ and electron/ never import each other.
const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  let out: string[] = [];
  for (const name of readdirSync(full)) {
    const p = join(full, name);
    if (statSync(p).isDirectory()) out = out.concat(sources(relative(ROOT, p)));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );

const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$|http$|net$|url$|events$|stream$|better-sqlite3|electron$|serialport)/;

describe('layering', () => {
  it('shared/ imports neither Node nor Electron nor native modules', () => {
    const bad = sources('shared').flatMap((f) => importsOf(f).filter((i) => NODE_BUILTINS.test(i)).map((i) => `${relative(ROOT, f)} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('shared/ does not use DOM or Node globals', () => {
    const globals = /\b(window|document|localStorage|sessionStorage|process|Buffer|require|__dirname)\s*[.([]/;
    const code = (f: string) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
    const bad = sources('shared').filter((f) => globals.test(code(f)));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('renderer/ and electron/ never import each other', () => {
    const cross = [
      ...sources('renderer').flatMap((f) => importsOf(f).filter((i) => i.includes('electron/') || i === 'electron' || NODE_BUILTINS.test(i)).map((i) => `${relative(ROOT, f)} → ${i}`)),
      ...sources('electron').flatMap((f) => importsOf(f).filter((i) => i.includes('renderer/')).map((i) => `${relative(ROOT, f)} → ${i}`)),
    ];
    expect(cross).toEqual([]);
  });
});
