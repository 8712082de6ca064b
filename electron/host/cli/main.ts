import { AppError } from '../../../shared/errors';
import { type Lang, translateError } from '../../../shared/i18n/errors';
import { defaultAppDataDir, startupLedgerPath } from '../../core/app-data';
import { clockStartingAt, parseNowOption } from '../../core/clock';
import { Core } from '../../core/core';
import { errorToResult } from '../../core/registry';
import type { Command, CommandIo } from './command';
import { COMMANDS } from './commands';
import { parseArgv } from './argv';
import { CallFailed } from './support';

export interface CliStreams {
  out: (text: string) => void;
  err: (text: string) => void;
}

function findCommand(commands: Command[], words: string[]): Command | undefined {
  return commands
    .filter((c) => c.path.every((w, i) => words[i] === w))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

function helpText(commands: Command[], lang: Lang): string {
  const head =
    lang === 'en'
      ? 'Usage: duebell [--db PATH] [--json] [--now ISO-8601] [--lang zh-CN|en] <command>\n\nCommands:'
      : '用法：duebell [--db 路径] [--json] [--now ISO-8601] [--lang zh-CN|en] <命令>\n\n命令：';
  const lines = commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary[lang]}`);
  return `${head}\n${lines.join('\n')}\n`;
}

/** Runs one CLI invocation; returns the exit code (0 ok, 1 runtime, 2 usage, 3 compliance block). */
export async function runCli(argv: string[], io: CliStreams, commands: Command[] = COMMANDS): Promise<number> {
  const valueOptions = new Set(commands.flatMap((c) => (c.valueOptions ?? []).map((o) => `--${o}`)));
  let lang: Lang = 'zh-CN';
  let json = argv.includes('--json');
  const fail = (code: string, message: string, exit: number): number => {
    if (json) io.out(`${JSON.stringify({ error: { code, message } })}\n`);
    io.err(`duebell: ${message}\n`);
    return exit;
  };
  let core: Core | undefined;
  try {
    const parsed = parseArgv(argv, valueOptions);
    json = parsed.globals.json;
    lang = parsed.globals.lang ?? 'zh-CN';
    const { words } = parsed;
    if (words.length === 0) {
      if (parsed.globals.help) {
        io.out(helpText(commands, lang));
        return 0;
      }
      return fail('usage', translateError('usage', lang, { detail: 'duebell --help' }), 2);
    }
    const command = findCommand(commands, words);
    if (!command) return fail('unknown_command', translateError('unknown_command', lang, { command: words.join(' ') }), 2);
    if (parsed.globals.help) {
      io.out(`duebell ${command.usage}\n  ${command.summary[lang]}\n`);
      return 0;
    }
    const args = words.slice(command.path.length);
    const { min, max } = command.args ?? { min: 0, max: 0 };
    if (args.length < min || args.length > max) {
      return fail('usage', translateError('usage', lang, { detail: `duebell ${command.usage}` }), 2);
    }
    const clock = parsed.globals.now ? clockStartingAt(parseNowOption(parsed.globals.now)) : undefined;
    const appDataDir = defaultAppDataDir();
    core = await Core.open({
      dbPath: parsed.globals.db ?? startupLedgerPath(appDataDir),
      appDataDir,
      host: 'cli',
      clock,
      remember: parsed.globals.db === undefined,
    });
    lang = parsed.globals.lang ?? core.settings().language;
    const lines: string[] = [];
    const cmdIo: CommandIo = {
      core,
      lang,
      json,
      args,
      opts: parsed.options,
      print: (line) => lines.push(line),
      info: (line) => io.err(`${line}\n`),
    };
    const result = await command.run(cmdIo);
    if (json && result) io.out(`${JSON.stringify(result.json)}\n`);
    else if (lines.length) io.out(`${lines.join('\n')}\n`);
    return result?.exitCode ?? 0;
  } catch (err) {
    if (err instanceof CallFailed) return fail(err.info.code, err.info.message, err.input ? 2 : 1);
    if (err instanceof AppError) {
      const usage = err.code === 'usage' || err.code === 'invalid_now' || err.code.startsWith('invalid_');
      return fail(err.code, err.translated(lang), usage ? 2 : 1);
    }
    const res = errorToResult(err, lang);
    return fail(res.ok ? 'internal' : res.error.code, res.ok ? '' : res.error.message, 1);
  } finally {
    core?.close();
  }
}
