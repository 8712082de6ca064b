import type { WireHint } from '../../../../shared/contract/templates';
import type { Command, CommandIo } from '../command';
import { call, opt, table } from '../support';
import { templateBody, textOrFile } from './text-input';

type Stage = 'reminder1' | 'reminder2' | 'final' | 'confirmation';
type Pack = 'cn' | 'us' | 'uk';

/** One line per hint, with the words it is about quoted (none for a hint about something missing). */
export function hintLines(text: string, hints: WireHint[]): string[] {
  return hints.map((h) => {
    const span = h.end > h.start ? ` [${h.start}–${h.end}) «${text.slice(h.start, h.end)}»` : '';
    return `${h.severity.padEnd(5)} ${h.rule}${span}: ${h.message}`;
  });
}

const label = (io: CommandIo, en: string, zh: string) => (io.lang === 'en' ? en : zh);

export const templatesCommands: Command[] = [
  {
    path: ['templates', 'list'],
    summary: { 'zh-CN': '列出各阶段的短信模板', en: 'List the message templates per stage' },
    usage: 'templates list',
    async run(io) {
      const out = await call(io, 'templates.list', {});
      const head = [label(io, 'Stage', '阶段'), label(io, 'Language', '语言'), label(io, 'Version', '版本'), label(io, 'Hints', '提示')];
      const rows = out.templates.map((t) => [t.stage, t.language, `v${t.version}${t.isDefault ? '*' : ''}`, t.worst ? `${t.worst} (${t.hints.length})` : '—']);
      io.print(table([head, ...rows]).join('\n'));
      return { json: out };
    },
  },
  {
    path: ['templates', 'show'],
    summary: { 'zh-CN': '查看一个模板（--lang 选择语言）', en: 'Show one template (--lang picks the language)' },
    usage: 'templates show STAGE [--lang zh-CN|en]',
    args: { min: 1, max: 1 },
    async run(io) {
      // --lang is global: it names both the output language and the template's; without it, the ledger's.
      const out = await call(io, 'templates.get', { stage: io.args[0] as Stage, language: io.lang });
      const t = out.template;
      io.print(`${t.stage} ${t.language} v${t.version}\n${t.body}`);
      for (const line of hintLines(t.body, t.hints)) io.print(line);
      return { json: out };
    },
  },
  {
    path: ['templates', 'set'],
    summary: { 'zh-CN': '保存模板的新版本', en: 'Save a new version of a template' },
    usage: 'templates set STAGE (--text TEXT | --file FILE) [--lang zh-CN|en]',
    valueOptions: ['text', 'file'],
    args: { min: 1, max: 1 },
    async run(io) {
      const body = templateBody(textOrFile(io));
      const out = await call(io, 'templates.save', { stage: io.args[0] as Stage, language: io.lang, body });
      const t = out.template;
      io.info(label(io, `Saved ${t.stage} ${t.language} as version ${t.version}.`, `已保存 ${t.stage} ${t.language}，版本 ${t.version}。`));
      for (const line of hintLines(t.body, t.hints)) io.print(line);
      return { json: out };
    },
  },
  {
    path: ['check'],
    summary: { 'zh-CN': '检查一段短信文字是否合规（有禁止项时退出码为 3）', en: 'Check a text for compliance (exit 3 when something blocks)' },
    usage: 'check [--pack cn|us|uk] (--text TEXT | --file FILE) [--stage STAGE]',
    valueOptions: ['text', 'file', 'pack', 'stage'],
    async run(io) {
      const text = textOrFile(io);
      const out = await call(io, 'templates.check', { text, pack: opt(io, 'pack') as Pack | undefined, stage: opt(io, 'stage') as Stage | undefined });
      const lines = hintLines(text, out.hints);
      for (const line of lines) io.print(line);
      if (lines.length === 0) io.info(label(io, 'No problems found.', '未发现问题。'));
      return { json: out, exitCode: out.worst === 'block' ? 3 : 0 };
    },
  },
];
