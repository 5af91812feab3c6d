import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/reference/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, commas inside quotes and a BOM', () => {
    const rows = parseCsv('\uFEFFa,b,c\n"1","x, ""y""",\n2,z,w\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"', c: '' },
      { a: '2', b: 'z', c: 'w' },
    ]);
  });

  it('accepts CRLF and a missing final newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('rejects a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/3 fields/);
  });
});
