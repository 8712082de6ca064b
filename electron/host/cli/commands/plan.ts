import { formatCentsPlain } from '../../../../shared/money';
import type { Command } from '../command';
import { call, opt } from '../support';

export const planCommand: Command = {
  path: ['plan'],
  summary: { 'zh-CN': '生成今天的提醒计划（不发送）', en: 'Plan today’s reminders (sends nothing)' },
  usage: 'plan [--as-of YYYY-MM-DD]',
  valueOptions: ['as-of'],
  async run(io) {
    const out = await call(io, 'plan.run', { asOf: opt(io, 'as-of') });
    const en = io.lang === 'en';
    io.print(en ? `Plan for ${out.asOf}: ${out.messages.length} messages, ${out.excluded.length} excluded` : `${out.asOf} 的提醒计划：${out.messages.length} 条短信，${out.excluded.length} 位客户不发送`);
    for (const m of out.messages) io.print(`  #${m.id} [${m.state}] ${m.stage} → ${m.customerName} ${m.to} (${formatCentsPlain(m.amountCents)}, ${m.parts}${en ? ' part(s)' : ' 条'})`);
    if (out.excluded.length) io.print(en ? 'Not messaged:' : '不发送：');
    for (const e of out.excluded) io.print(`  ${e.name}: ${e.message} (${e.reason})`);
    return { json: out };
  },
};
