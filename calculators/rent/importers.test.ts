import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';
import { importFmrCsv, type FmrMetadata } from './importFmr';
import { importUtilityAllowanceCsv, type ScheduleMetadata } from './importUtilityAllowance';
import { sampleFmrTable, sampleUtilityAllowanceSchedule } from './samples';

const data = (path: string) => readFileSync(fileURLToPath(new URL(`../../content/data/${path}`, import.meta.url)), 'utf8');
const { rows: _rows, ...scheduleMeta } = sampleUtilityAllowanceSchedule;
const { areas: _areas, ...fmrMeta } = sampleFmrTable;
const ua = (csv: string, meta: ScheduleMetadata = scheduleMeta) => importUtilityAllowanceCsv(csv, meta);
const fmr = (csv: string, meta: FmrMetadata = fmrMeta) => importFmrCsv(csv, meta);
const messages = (outcome: { ok: boolean; errors?: { message: string }[] }) =>
  outcome.ok ? [] : (outcome.errors ?? []).map((e) => e.message);

describe('CSV parsing', () => {
  test('quoted fields, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"'] },
      ],
    });
  });

  test('a quoted field that spans lines keeps the record on its first line', () => {
    expect(parseCsv('a\n"one\ntwo"\nb')).toMatchObject({
      ok: true,
      records: [{ line: 1 }, { line: 2, cells: ['one\ntwo'] }, { line: 4, cells: ['b'] }],
    });
  });

  test('an unclosed quote is reported on its line', () => {
    expect(messages(parseCsv('a\n"open') as never)).toEqual(['Line 2: a quoted field is never closed: add the closing quote mark']);
  });

  test('a stray quote mark in a field is reported', () => {
    expect(messages(parseCsv('a\nab"c') as never)[0]).toMatch(/^Line 2: a quote mark in the middle of a field/);
  });
});

describe('utility allowance importer', () => {
  test('the sample CSV in content/data imports to the sample schedule', () => {
    expect(ua(data('utility-allowances/sample-pha-2024.csv'))).toEqual({ ok: true, value: sampleUtilityAllowanceSchedule });
  });

  test('the sample JSON in content/data is what the importer writes', () => {
    expect(JSON.parse(data('utility-allowances/sample-pha-2024.json'))).toEqual(sampleUtilityAllowanceSchedule);
  });

  const header = 'use,fuel,br0,br1,br2,br3,br4,br5';

  test('every bad cell is reported by line and column', () => {
    const csv = [
      header,
      'heat,gas,1,2,3,4,5,6',
      'heating,,1,2,3,4,5,6',
      'water,gas,1,2,3,4,5,6',
      'sewer,,1,2.345,3,-4,x,',
      'trash,,1,2,3,4,5,6',
      'trash,,1,2,3,4,5,6',
    ].join('\n');
    expect(messages(ua(csv))).toEqual([
      'Line 2, column "use": "heat" is not a use: write one of heating, cooking, water-heating, other-electric, water, sewer, trash, range, refrigerator',
      'Line 3, column "fuel": heating needs a fuel: gas, electric or oil',
      'Line 4, column "fuel": water has no fuel: leave the fuel empty',
      'Line 5, column "br1": "2.345": Use at most two decimal places (cents)',
      'Line 5, column "br3": "-4": an allowance cannot be negative',
      'Line 5, column "br4": "x": Enter an amount in dollars and cents, like 1,250.00',
      'Line 7, column "use": trash is already on line 6: list each use and fuel once',
    ]);
  });

  test('a missing or unknown column is reported on the header line', () => {
    expect(messages(ua('use,fuel,br0,br1,br2,br3,br4,colour\nwater,,1,1,1,1,1,red'))).toEqual([
      'Line 1, column "colour": unknown column: the columns are use, fuel, br0, br1, br2, br3, br4, br5, notes',
      'Line 1, column "br5": this column is missing from the header',
    ]);
  });

  test('an empty file, or a header alone', () => {
    expect(messages(ua(''))).toEqual(['Line 1: the file is empty: it needs a header line and one line per utility']);
    expect(messages(ua(header))).toEqual(['Line 1: the file has a header but no utilities: add one line per utility']);
  });

  test('a line with an extra field', () => {
    expect(messages(ua(`${header}\nwater,,1,1,1,1,1,1,oops`))).toEqual(['Line 2: 9 fields but the header has 8: check for an extra comma']);
  });

  test('bad schedule details are reported too', () => {
    expect(messages(ua(`${header}\nwater,,1,1,1,1,1,1`, { ...scheduleMeta, effective: '2024-02-30' }))).toEqual([
      'Schedule details: Enter the date the schedule took effect as a real date written YYYY-MM-DD, like 2024-03-31',
    ]);
  });
});

describe('FMR importer', () => {
  test("the sample CSV in HUD's layout imports to the sample table, one row per area", () => {
    expect(fmr(data('fmr/sample-fy2024.csv'))).toEqual({ ok: true, value: sampleFmrTable });
  });

  test('the sample JSON in content/data is what the importer writes', () => {
    expect(JSON.parse(data('fmr/sample-fy2024.json'))).toEqual(sampleFmrTable);
  });

  test('older HUD headers (areaname, fmr0 to fmr4) and dollar formatting are accepted', () => {
    const csv = 'fips2010,areaname,cbsasub,fmr0,fmr1,fmr2,fmr3,fmr4\n4703799999,Nashville,METRO1,"$1,101",1200,1350,1700,2000.00';
    expect(fmr(csv)).toMatchObject({
      ok: true,
      value: { areas: [{ code: 'METRO1', name: 'Nashville', amounts: [1_101_00, 1_200_00, 1_350_00, 1_700_00, 2_000_00] }] },
    });
  });

  test('rows of one area that disagree are reported', () => {
    const csv = 'hud_area_code,hud_area_name,fmr_0,fmr_1,fmr_2,fmr_3,fmr_4\nA,Area,1,2,3,4,5\nA,Area,1,2,3,4,6';
    expect(messages(fmr(csv))).toEqual([
      'Line 3, column "hud_area_code": area A is on line 2 with different FMRs: one area has one set of FMRs',
    ]);
  });

  test('bad cells and missing columns are reported by line and column', () => {
    expect(messages(fmr('hud_area_code,hud_area_name,fmr_0,fmr_1,fmr_2,fmr_3\nA,Area,1,2,3,4'))).toEqual([
      'Line 1, column "fmr_4": this column is missing from the header (also accepted: fmr4)',
    ]);
    expect(messages(fmr('hud_area_code,hud_area_name,fmr_0,fmr_1,fmr_2,fmr_3,fmr_4\n,Area,0,2,abc,4,5.555'))).toEqual([
      'Line 2, column "hud_area_code": the area code is empty',
      'Line 2, column "fmr_0": "0": a Fair Market Rent must be more than $0',
      'Line 2, column "fmr_2": "abc": Enter an amount in dollars and cents, like 1,250.00',
      'Line 2, column "fmr_4": "5.555": Use at most two decimal places (cents)',
    ]);
  });
});
