import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, parseCsv, toCsvText } from '../../../src/lib/csv';

describe('csvCell', () => {
  it('quotes cells with commas, quotes and line breaks, and doubles the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
    // Numbers are numbers, not text a spreadsheet could mistake for a formula.
    expect(csvCell(-3)).toBe('-3');
  });

  it('guards a text that already starts with an apostrophe before a formula sign, so that reading gives it back', () => {
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell("'quoted")).toBe("'quoted");
  });
});

describe('parseCsv', () => {
  it('reads back what csvRow wrote, quotes, commas, line breaks and formula guards included', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', '=1+1', "'=x", '-5', '@me', '', "'quoted"];
    const parsed = parseCsv(toCsvText([cells, ['x', 'y']]));
    expect(parsed).toEqual({ ok: true, rows: [cells, ['x', 'y']] });
  });

  it('takes CRLF, LF and CR as row ends, skips blank lines and the byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\nc,d\ne,f\rg,h')).toEqual({ ok: true, rows: [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']] });
    expect(parseCsv('a,,c\n')).toEqual({ ok: true, rows: [['a', '', 'c']] });
  });

  it('fails with the line of a quote left open, or of text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"open\nstill open')).toEqual({ ok: false, line: 2 });
    expect(parseCsv('a,b\n"x"y,z')).toEqual({ ok: false, line: 2 });
  });

  it('joins cells with commas', () => {
    expect(csvRow(['a', 1, true, null])).toBe('a,1,true,');
  });
});
