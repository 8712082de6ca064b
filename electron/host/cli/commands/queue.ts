import { AppError } from '../../../../shared/errors';
import { messageState, type QueueMessageState } from '../../../../shared/contract/queue';
import { describeConnector } from '../../../sms/registry';
import type { Command, CommandIo } from '../command';
import { call, opt, table } from '../support';

/** The demo phone never sends: every output that involves it says so on stderr (JSON says `simulated`). */
function simulatedNotice(io: CommandIo, connector: string | null | undefined): void {
  if (!connector) return;
  try {
    const info = describeConnector(connector);
    if (info.simulated) io.info(info.label[io.lang]);
  } catch {
    // an unknown connector name on an old row: nothing to announce
  }
}

function stateOpt(io: CommandIo): QueueMessageState | undefined {
  const v = opt(io, 'state');
  if (v === undefined) return undefined;
  const parsed = messageState.safeParse(v);
  if (!parsed.success) throw new AppError('usage', { detail: `--state ${messageState.options.join('|')}` });
  return parsed.data;
}

function idArgs(io: CommandIo): number[] {
  return io.args.map((a) => {
    if (!/^\d+$/.test(a) || Number(a) < 1) throw new AppError('usage', { detail: `not a message id: ${a}` });
    return Number(a);
  });
}

const en = (io: CommandIo, zh: string, english: string) => (io.lang === 'en' ? english : zh);

export const queueCommands: Command[] = [
  {
    path: ['queue', 'list'],
    summary: { 'zh-CN': '列出短信队列', en: 'List the message queue' },
    usage: 'queue list [--state planned|queued|sending|sent|delivered|failed|cancelled|expired|uncertain] [--limit N]',
    valueOptions: ['state', 'limit'],
    async run(io) {
      const limit = opt(io, 'limit');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw new AppError('usage', { detail: '--limit N' });
      const out = await call(io, 'queue.list', { state: stateOpt(io), limit: limit ? Number(limit) : undefined });
      io.print(
        table([
          ['ID', en(io, '客户', 'Customer'), en(io, '手机', 'To'), en(io, '阶段', 'Stage'), en(io, '状态', 'State'), en(io, '次数', 'Tries'), en(io, '原因', 'Reason'), en(io, '下次', 'Next')],
          ...out.messages.map((m) => [String(m.id), m.customerName, m.to, m.stage, m.state, String(m.attempts), m.reason ?? '', m.nextAttemptAt ?? '']),
        ]).join('\n'),
      );
      simulatedNotice(io, out.messages.find((m) => m.connector)?.connector);
      return { json: out };
    },
  },
  {
    path: ['queue', 'status'],
    summary: { 'zh-CN': '队列概况', en: 'Queue status' },
    usage: 'queue status',
    async run(io) {
      const out = await call(io, 'queue.status', {});
      const counts = Object.entries(out.counts).filter(([, n]) => n > 0).map(([s, n]) => `${s}=${n}`).join(' ');
      io.print(`${out.connector.label}${out.paused ? en(io, '（已暂停）', ' (paused)') : ''}\n${counts}`);
      if (out.nextAttemptAt) io.print(`${en(io, '下次发送', 'Next attempt')}: ${out.nextAttemptAt}`);
      simulatedNotice(io, out.connector.name);
      return { json: out };
    },
  },
  {
    path: ['queue', 'pause'],
    summary: { 'zh-CN': '暂停发送', en: 'Pause sending' },
    usage: 'queue pause',
    async run(io) {
      const out = await call(io, 'queue.pause', {});
      io.info(en(io, '队列已暂停：不会再发出新的短信。', 'Queue paused: no new message will leave.'));
      return { json: out };
    },
  },
  {
    path: ['queue', 'resume'],
    summary: { 'zh-CN': '恢复发送', en: 'Resume sending' },
    usage: 'queue resume',
    async run(io) {
      const out = await call(io, 'queue.resume', {});
      io.info(en(io, '队列已恢复。', 'Queue resumed.'));
      return { json: out };
    },
  },
  {
    path: ['queue', 'cancel'],
    summary: { 'zh-CN': '取消尚未发出的短信', en: 'Cancel messages not yet sent' },
    usage: 'queue cancel (ID… | --all)',
    args: { min: 0, max: 10_000 },
    async run(io) {
      const all = io.opts.get('all') === true;
      const ids = idArgs(io);
      if (all === (ids.length > 0)) throw new AppError('usage', { detail: 'duebell queue cancel (ID… | --all)' });
      const out = await call(io, 'queue.cancel', all ? { all: true } : { ids });
      io.print(en(io, `已取消 ${out.cancelled.length} 条`, `Cancelled ${out.cancelled.length}`));
      for (const r of out.refused) io.info(en(io, `#${r.id} 未取消（${r.state ?? '不存在'}）`, `#${r.id} not cancelled (${r.state ?? 'no such message'})`));
      return { json: out, exitCode: out.refused.length > 0 && out.cancelled.length === 0 ? 1 : 0 };
    },
  },
  {
    path: ['queue', 'work'],
    summary: { 'zh-CN': '发送现在到期的短信（供脚本使用）', en: 'Send what is due now (for scripts)' },
    usage: 'queue work',
    async run(io) {
      simulatedNotice(io, io.core.settings().connector);
      const out = await call(io, 'queue.work', {});
      io.print(Object.entries(out.summary).map(([s, n]) => `${s}: ${n}`).join('\n'));
      if (out.paused) io.info(en(io, '队列已暂停，未发送。', 'The queue is paused; nothing was sent.'));
      return { json: out };
    },
  },
];
