import { AppError } from '../../../shared/errors';

export interface GlobalOptions {
  db?: string;
  json: boolean;
  now?: string;
  lang?: 'zh-CN' | 'en';
  help: boolean;
}

export interface ParsedArgv {
  globals: GlobalOptions;
  words: string[];
  options: Map<string, string | true>;
}

const GLOBAL_WITH_VALUE = new Set(['--db', '--now', '--lang']);

/**
 * Splits argv into global options (allowed anywhere, cli.md), the command words and the command's
 * own `--name value` / `--flag` options. Which options take a value is declared by the command,
 * so `valueOptions` lists them.
 */
export function parseArgv(argv: string[], valueOptions: ReadonlySet<string>): ParsedArgv {
  const globals: GlobalOptions = { json: false, help: false };
  const words: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith('--') || raw === '--') {
      words.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) throw new AppError('usage', { detail: `${name} needs a value` });
      i++;
      return next;
    };
    if (name === '--json') globals.json = true;
    else if (name === '--help' || name === '-h') globals.help = true;
    else if (GLOBAL_WITH_VALUE.has(name)) {
      const v = takeValue();
      if (name === '--db') globals.db = v;
      else if (name === '--now') globals.now = v;
      else if (v === 'zh-CN' || v === 'en') globals.lang = v;
      else throw new AppError('usage', { detail: '--lang zh-CN|en' });
    } else if (valueOptions.has(name)) options.set(name.slice(2), takeValue());
    else options.set(name.slice(2), inline ?? true);
  }
  return { globals, words, options };
}
