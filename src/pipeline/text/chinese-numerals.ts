const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 .. 九十九 as a number ("十二" = 12, "二十" = 20, "两" = 2); null for anything else. */
export function chineseNumeralValue(numeral: string): number | null {
  const match = /^([一二两三四五六七八九])?(十)?([一二两三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0);
}
