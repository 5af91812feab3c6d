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

const UNITS: Record<string, number> = { 千: 1000, 百: 100, 十: 10 };

/**
 * 一 .. 九千九百九十九 as a number ("十二" = 12, "二十" = 20, "两" = 2, "一百二十" = 120, "两千" =
 * 2000, "一千零五" = 1005); null for anything else. Each of 千, 百, 十 at most once, in that order.
 */
export function chineseNumeralValue(numeral: string): number | null {
  if (!/^[一二两三四五六七八九十百千零]+$/u.test(numeral)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let zero = false;
  for (const char of numeral) {
    if (char === '零') {
      if (digit !== null) return null;
      zero = true;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined) {
      if (digit !== null) return null;
      digit = DIGITS[char] ?? null;
      continue;
    }
    if (unit >= lastUnit) return null;
    // "十二" opens on 十 alone; "百" or "千" alone is no numeral.
    if (digit === null && unit !== 10) return null;
    if (digit === null && total > 0) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
    zero = false;
  }
  // "三百五" is 350: a last digit straight after 百 or 千 counts the unit below it.
  if (digit !== null && !zero && lastUnit >= 100 && Number.isFinite(lastUnit))
    return total + (digit * lastUnit) / 10;
  return total + (digit ?? 0);
}
