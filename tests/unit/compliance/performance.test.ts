import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../shared/compliance';

// A generous ceiling, not a benchmark: the editor calls checkTemplate on every keystroke and
// needs well under 50 ms for a 500-character template. Measured as the median of many runs.
describe('checkTemplate performance', () => {
  it('checks a 500-character template in well under 50 ms', () => {
    const chunk = '尊敬的{{customer.name}}，您好！逾期{{days_overdue}}天，金额{{amount_due}}。Hello, please pay. ';
    const text = chunk.repeat(Math.ceil(500 / chunk.length)).slice(0, 500);
    expect(text.length).toBe(500);
    checkTemplate(text, { pack: 'cn' });
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      checkTemplate(text, { pack: 'cn' });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[25]).toBeLessThan(25);
  });
});
