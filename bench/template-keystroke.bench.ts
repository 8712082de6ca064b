// What one keystroke costs in the template editor: the renderer's liveCheck (checkTemplate +
// render with the sample + analyzeSms) and the underline segments, on a 500-character template.
// The editor's budget is 50 ms per keystroke. Prints figures; asserts nothing.
import { liveCheck, segments } from '../renderer/templates/live-check';
import { SETTING_DEFAULTS } from '../shared/settings';
import { DEFAULT_TEMPLATES } from '../shared/template';

const settings = { ...SETTING_DEFAULTS, 'business.name': '好运五金店', 'business.signature': '好运五金' };
let body = `${DEFAULT_TEMPLATES.reminder1['zh-CN']}再不还钱就把你拉进黑名单，通知你家人。`;
while (body.length < 500) body += '请尽快付款，谢谢。';
body = body.slice(0, 500);

const times: number[] = [];
for (let i = 0; i < 300; i++) {
  // Each run types one more character, as a person would.
  const text = `${body.slice(0, 499)}${String.fromCharCode(0x4e00 + i)}`;
  const t0 = performance.now();
  const out = liveCheck({ body: text, stage: 'reminder1', language: 'zh-CN', settings });
  segments(text, out.hints);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (p: number) => (times[Math.floor((times.length - 1) * p)] ?? 0).toFixed(2);
console.log(`keystroke on a ${body.length}-char template: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms (budget 50 ms)`);
