import type { Command } from '../command';
import { call } from '../support';

const printSettings = (settings: Record<string, unknown>) =>
  Object.entries(settings).map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`);

export const settingsCommands: Command[] = [
  {
    path: ['settings', 'list'],
    summary: { 'zh-CN': '列出所有设置', en: 'List all settings' },
    usage: 'settings list',
    async run(io) {
      const out = await call(io, 'settings.list', {});
      for (const line of printSettings(out.settings)) io.print(line);
      return { json: out };
    },
  },
  {
    path: ['settings', 'get'],
    summary: { 'zh-CN': '查看一个设置', en: 'Show one setting' },
    usage: 'settings get KEY',
    args: { min: 1, max: 1 },
    async run(io) {
      const out = await call(io, 'settings.get', { key: io.args[0] ?? '' });
      for (const line of printSettings(out.settings)) io.print(line);
      return { json: out };
    },
  },
  {
    path: ['settings', 'set'],
    summary: { 'zh-CN': '修改一个设置', en: 'Change one setting' },
    usage: 'settings set KEY VALUE',
    args: { min: 2, max: 2 },
    async run(io) {
      const out = await call(io, 'settings.set', { key: io.args[0] ?? '', value: io.args[1] ?? '' });
      for (const line of printSettings(out.settings)) io.print(line);
      return { json: out };
    },
  },
];
