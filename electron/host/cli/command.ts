import type { Lang } from '../../../shared/i18n/errors';
import type { Core } from '../../core/core';

export interface CommandIo {
  core: Core;
  lang: Lang;
  json: boolean;
  args: string[];
  opts: Map<string, string | true>;
  /** Human-readable lines (stdout without --json). */
  print(line: string): void;
  /** Messages for people that must never pollute a JSON stdout. */
  info(line: string): void;
}

export interface Command {
  /** The words that name it, e.g. ['customers', 'list']. */
  path: string[];
  summary: { 'zh-CN': string; en: string };
  usage: string;
  /** Options that take a value (`--amount 12.50`); all others are flags. */
  valueOptions?: string[];
  /** How many positional arguments it takes (default none). */
  args?: { min: number; max: number };
  /** Commands that need no ledger (e.g. help) set this to false. */
  needsLedger?: boolean;
  /** Long-running commands (serve) keep the process alive and return when done. */
  run(io: CommandIo): Promise<{ json: unknown; exitCode?: number } | undefined>;
}
