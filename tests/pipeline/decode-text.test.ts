import { describe, expect, it } from 'vitest';
import { DecodeError, MAX_INPUT_BYTES, decodeText } from '../../src/pipeline/decode/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(utf8('人权'))).toBe('人权');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('人权')]))).toBe('人权');
  });

  it('decodes UTF-16 little- and big-endian with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0xba, 0x4e, 0x43, 0x67]);
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0xba, 0x67, 0x43]);
    expect(decodeText(le)).toBe('人权');
    expect(decodeText(be)).toBe('人权');
  });

  it('refuses an empty file', () => {
    expect(() => decodeText(new Uint8Array())).toThrow('the file is empty');
  });

  it('refuses binary data and names the line', () => {
    const bytes = new Uint8Array([...utf8('一\n二\n'), 0, 1, 2]);
    expect(() => decodeText(bytes)).toThrow(
      new DecodeError('binary data (a NUL byte): not a text file', 3),
    );
  });

  it('refuses GBK text and names the first bad line', () => {
    // "人权" in GBK is C8 CB C8 A8: not valid UTF-8.
    const bytes = new Uint8Array([...utf8('第一行\n第二行\n'), 0xc8, 0xcb, 0xc8, 0xa8]);
    expect(() => decodeText(bytes)).toThrow(/^line 3: not valid UTF-8/u);
  });
});

describe('decodeText: refusals with a way out', () => {
  it('refuses UTF-16 without a byte-order mark, either byte order', () => {
    const text = '人权理事会\n第四十四届会议\n2020 年 6 月 15 日\n议程项目 2 和 3\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(Buffer.from(text, 'utf16le')).slice();
    for (let index = 0; index + 1 < be.length; index += 2) {
      [be[index], be[index + 1]] = [be[index + 1] ?? 0, be[index] ?? 0];
    }
    for (const bytes of [le, be]) {
      expect(() => decodeText(bytes)).toThrow(/^UTF-16 without a byte-order mark: save/u);
    }
  });

  it(`refuses a file over MAX_INPUT_BYTES (${MAX_INPUT_BYTES} bytes) before decoding it`, () => {
    const bytes = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41);
    expect(() => decodeText(bytes)).toThrow(/over the 5\.0 MiB limit for one report/u);
    expect(decodeText(new Uint8Array(MAX_INPUT_BYTES).fill(0x41))).toHaveLength(MAX_INPUT_BYTES);
  });

  it('refuses UTF-16 with a lone surrogate, naming its line, as UTF-8 refuses a broken sequence', () => {
    const utf16 = (units: number[], order: 'le' | 'be') => {
      const bytes = new Uint8Array(2 + units.length * 2);
      bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      units.forEach((unit, index) => {
        const [first, second] =
          order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
        bytes[2 + index * 2] = first;
        bytes[3 + index * 2] = second;
      });
      return bytes;
    };
    const units = (text: string) =>
      [...text].flatMap((char) => {
        const code = char.codePointAt(0) ?? 0;
        if (code < 0x10000) return [code];
        const offset = code - 0x10000;
        return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
      });
    for (const order of ['le', 'be'] as const) {
      const lone = [...units('人权\n理事会\n'), 0xd83d, ...units('会议')];
      expect(() => decodeText(utf16(lone, order))).toThrow(
        /^line 3: not valid UTF-16 \(a lone surrogate\)/u,
      );
      const lowFirst = [...units('人权'), 0xdc00];
      expect(() => decodeText(utf16(lowFirst, order))).toThrow(/lone surrogate/u);
      expect(decodeText(utf16(units('人权😀会议'), order))).toBe('人权😀会议');
    }
  });
});
