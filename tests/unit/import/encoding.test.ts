import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, isValidUtf8 } from '../../../electron/import/encoding';

const TEXT = '客户名称,金额\n杭州明远贸易,￥1,234.50\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });
  it('reads GBK as GB18030 when the bytes are not valid UTF-8', () => {
    const bytes = iconv.encode(TEXT, 'gbk');
    expect(isValidUtf8(bytes)).toBe(false);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
  it('reads GB18030-only characters', () => {
    const text = '客户：𠀀号';
    expect(decodeText(iconv.encode(text, 'gb18030')).text).toBe(text);
  });
  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
  it('treats plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('a,b\n1,2\n')).encoding).toBe('utf-8');
  });
});
