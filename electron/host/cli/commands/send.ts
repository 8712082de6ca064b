import type { Command } from '../command';
import { call, opt } from '../support';

// `send`: plans today (if needed), approves what is planned, and runs the queue until every
// message due now is sent, failed, cancelled or waiting for the allowed hours (cli.md).
export const sendCommand: Command = {
  path: ['send'],
  summary: { 'zh-CN': '生成计划、确认并发送今天的提醒', en: 'Plan, approve and send today’s reminders' },
  usage: 'send [--dry-run] [--connector NAME] [--as-of YYYY-MM-DD]',
  valueOptions: ['connector', 'as-of'],
  async run(io) {
    const connector = opt(io, 'connector');
    const plan = await call(io, 'plan.run', { asOf: opt(io, 'as-of') });
    const planned = plan.messages.filter((m) => m.state === 'planned').map((m) => m.id);
    const en = io.lang === 'en';
    if (io.opts.get('dry-run') === true) {
      const messages = plan.messages.map((m) => ({ id: m.id, to: m.to, state: m.state, reason: null, nextAttemptAt: null, text: m.text }));
      const summary: Record<string, number> = {};
      for (const m of messages) summary[m.state] = (summary[m.state] ?? 0) + 1;
      io.print(en ? `Dry run: ${planned.length} message(s) would be approved and sent; nothing was sent.` : `试运行：将确认并发送 ${planned.length} 条短信；未实际发送。`);
      return { json: { asOf: plan.asOf, dryRun: true, messages, summary } };
    }
    await call(io, 'queue.approve', { ids: planned });
    const out = await call(io, 'queue.work', { connector });
    if (out.connector.simulated) io.info(out.connector.label);
    io.print(Object.entries(out.summary).map(([state, n]) => `${state}: ${n}`).join('  ') || (en ? 'Nothing to send.' : '没有需要发送的短信。'));
    for (const m of out.messages) io.print(`  #${m.id} ${m.to} ${m.state}${m.reason ? ` (${m.reason})` : ''}${m.nextAttemptAt ? ` → ${m.nextAttemptAt}` : ''}`);
    return { json: { asOf: plan.asOf, ...out } };
  },
};
