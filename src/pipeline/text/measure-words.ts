/**
 * Chinese measure words (classifiers) that follow a counted number in UN texts: "6 起案件",
 * "9 期培训班", "3 轮磋商". One list for every stage that must tell a count from something else
 * (a footnote marker, a footnote's number, a printed paragraph number).
 */
export const COUNT_MEASURE_WORDS =
  '个名项位所家份场次期起处条件本座户批轮类种套笔例宗间部篇张台辆支届';

/** What else follows a number in running text: dates, paragraph and article references, ranges. */
export const NUMBER_FOLLOWERS = '年月日段条款号至到万亿多余千百';
