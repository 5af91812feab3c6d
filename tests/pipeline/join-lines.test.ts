import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/pipeline/segment/char-classes.ts';
import { joinLines, lineSeparator } from '../../src/pipeline/segment/join-lines.ts';

describe('lineSeparator', () => {
  it.each([
    ['国际合作能够有助于落实人权。《联合国宪章》第一条第三款规定，联合国', '的基本宗旨', ''],
    ['人权高专办', '“促成国际合作', ''],
    ['发展权(第 4 条第', '1 款)', ' '],
    ['(A/HRC/39/18, 第 53-56', '段)。', ' '],
    ['the socioeconomic impacts of', 'COVID-19”, March 2020', ' '],
    ['(“COVID-19 and human', 'rights: we are all', ' '],
    ['www.un.org/sites/un2.un.org/files/sg_report_socio-', 'economic_impact_of_covid19.pdf。', ''],
    ['files/un_policy_brief_on_human_rights_and_covid_', '23_april_2020.pdf。', ''],
    ['(CEDAW/C/BRB/', 'CO/5-8, 第 54 段)。', ''],
    ['见 www.un.org/sg/sites/www.un.org.sg/files/atoms', 'files/The_Highest.pdf', ''],
    ['人权高专办启动了', 'B-Tech 项目', ' '],
    ['(The highest aspiration:', 'a call to action', ' '],
  ])('%s | %s', (previous, next, separator) => {
    expect(lineSeparator(previous, next)).toBe(separator);
  });
});

describe('joinLines', () => {
  it('trims lines, skips blanks and collapses runs of spaces', () => {
    expect(joinLines([' 在 2019  冠状病毒 ', '', '病大流行 '])).toBe('在 2019 冠状病毒病大流行');
  });
});

describe('displayWidth', () => {
  it('counts ideographs and full-width punctuation as two, Latin as one', () => {
    expect(displayWidth('人权')).toBe(4);
    expect(displayWidth('。，')).toBe(4);
    expect(displayWidth('UN 75')).toBe(5);
  });
});
