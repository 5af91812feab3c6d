import type { Qualifier } from '../../domain/figures.ts';
import { chineseNumeralValue } from '../text/chinese-numerals.ts';

export interface FigureMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly qualifier: Qualifier | null;
  readonly counts: string;
  readonly countsText: string;
  readonly rule: string;
}

/** Counted nouns, most specific first: what a number counts. */
const COUNTED: readonly [RegExp, string][] = [
  [/^(?:受益者|受益人)/u, 'beneficiaries'],
  [/^(?:议员)/u, 'parliamentarians'],
  [/^(?:代表团)/u, 'delegations'],
  [/^(?:代表|研究员)/u, 'representatives'],
  [/^(?:学员|与会者|参与者|参加者)/u, 'participants'],
  [/^(?:司法人员|警员|工作人员|人员|法官|律师|记者|人)/u, 'people'],
  [/^(?:其他)?(?:国别办事处|区域办事处|办事处|办事机构|外地存在)/u, 'offices'],
  [/^参与和平行动的人权部门|^[^，。；、]{0,8}?人权部门/u, 'offices'],
  [/^(?:人权顾问|顾问)/u, 'advisers'],
  [
    /^(?:试点国家|西班牙语国家|发展中国家|最不发达国家|小岛屿发展中国家|会员国|缔约国|国家|国)/u,
    'countries',
  ],
  [/^(?:城市)/u, 'cities'],
  [/^(?:项目)/u, 'projects'],
  [/^(?:承诺)/u, 'commitments'],
  [/^(?:单元|模块)/u, 'modules'],
  [/^(?:区域磋商|磋商|会议|研讨会|讲习班|培训)/u, 'events'],
];

const ARABIC =
  /(约|大约|超过|逾|近)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(多|余)?\s*(个|名|项|位|所|家|份|场|次)?\s*/gu;
const CHINESE =
  /(约|大约|超过|逾|近)?(两|二|三|四|五|六|七|八|九|十|十[一二三四五六七八九]|[二三四五六七八九]十)(多|余)?(个|名|项|位|所|家|份|场|次)/gu;

function qualifierOf(
  before: string | undefined,
  after: string | undefined,
  rest: string,
): Qualifier | null {
  if (
    before === '超过' ||
    before === '逾' ||
    after === '多' ||
    after === '余' ||
    /^[^，。；]{0,8}以上/u.test(rest)
  ) {
    return 'more than';
  }
  if (before === '约' || before === '大约' || before === '近') return 'about';
  return null;
}

/** Numbers that count something: "1,453 名受益者", "116 个国家", "30 多个国家", "六个试点国家". */
export function findFigures(text: string): FigureMatch[] {
  const found: FigureMatch[] = [];
  const consider = (match: RegExpExecArray, value: number, rule: string) => {
    const end = match.index + match[0].length;
    const noun = text.slice(end, end + 12);
    let counted = COUNTED.find(([pattern]) => pattern.test(noun));
    let countsText = counted ? (counted[0].exec(noun)?.[0] ?? '') : '';
    if (!counted) {
      if (!match[4]) return;
      // "51 个在 2020 年报名参加自愿国家审查的国家": the counted noun closes a relative clause.
      const clause = /^[^，。；、]{0,30}?的/u.exec(text.slice(end))?.[0];
      const after = clause ? text.slice(end + clause.length, end + clause.length + 12) : '';
      counted = clause ? COUNTED.find(([pattern]) => pattern.test(after)) : undefined;
      if (!counted || !clause) return;
      countsText = clause + (counted[0].exec(after)?.[0] ?? '');
    }
    const start = match.index + (match[1] ? 0 : match[0].search(/\S/u));
    found.push({
      start,
      end: end + countsText.length,
      text: text.slice(start, end + countsText.length),
      value,
      qualifier: qualifierOf(match[1], match[3], text.slice(end)),
      counts: counted[1],
      countsText,
      rule,
    });
  };
  for (const match of text.matchAll(ARABIC)) {
    const previous = text[match.index - 1] ?? '';
    if (
      /[\d/.\-A-Za-z第]/u.test(previous) ||
      /第\s*$/u.test(text.slice(Math.max(0, match.index - 2), match.index))
    )
      continue;
    consider(
      match,
      Number((match[2] ?? '').replaceAll(',', '')),
      'figure:arabic-number-counter-noun',
    );
  }
  for (const match of text.matchAll(CHINESE)) {
    if (/第\s*$/u.test(text.slice(Math.max(0, match.index - 1), match.index))) continue;
    consider(
      match,
      chineseNumeralValue(match[2] ?? '') ?? 0,
      'figure:chinese-numeral-counter-noun',
    );
  }
  return found.sort((a, b) => a.start - b.start);
}
