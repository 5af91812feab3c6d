/** UNTERM marks the Holy See and Palestine with "*" and associated states with "**". */
export function cleanSourceName(text: string): string {
  return text
    .replace(/\u00A0/g, ' ')
    .replace(/\s*\*+\s*$/, '')
    .trim();
}

/** "Bahamas (the)" and "the Bahamas" both give "Bahamas"; running text adds the article itself. */
export function withoutArticle(text: string): string {
  return text
    .replace(/\s*\(the\)$/i, '')
    .replace(/^the\s+/i, '')
    .trim();
}

const BRACKETED = /^(.*?)\s*[（(]([^（()）]+)[)）]\s*(.*)$/u;
/** A bracketed state designation: 伊朗(伊斯兰共和国), 玻利维亚(多民族国), 密克罗尼西亚(联邦). */
const STATE_WORD = /(共和国|王国|联邦|国)$/u;

export interface Bracketed {
  readonly before: string;
  readonly inside: string;
  readonly after: string;
}

export function splitBrackets(text: string): Bracketed | null {
  const match = BRACKETED.exec(text);
  if (!match) return null;
  return { before: match[1] ?? '', inside: (match[2] ?? '').trim(), after: match[3] ?? '' };
}

/** 刚果（布） ↔ 刚果(布): UN Chinese texts use both widths. */
export function bracketWidthVariants(text: string): string[] {
  const half = text.replace(/（/g, '(').replace(/）/g, ')');
  const full = text.replace(/\(/g, '（').replace(/\)/g, '）');
  return [half, full];
}

/** 伊朗(伊斯兰共和国) → 伊朗, 伊朗伊斯兰共和国; 科科斯（基林）群岛 → 科科斯群岛. */
export function zhBracketVariants(text: string): string[] {
  const parts = splitBrackets(text);
  if (!parts) return [];
  const variants = [`${parts.before}${parts.after}`];
  if (parts.after === '' && STATE_WORD.test(parts.inside)) {
    variants.push(`${parts.before}${parts.inside}`);
  }
  return variants;
}

/**
 * The bracketed UN form from a short name and a longer name that extends it with a state
 * designation: 伊朗 + 伊朗伊斯兰共和国 → 伊朗(伊斯兰共和国). Only for countries whose UN English
 * short name is itself bracketed ("Iran (Islamic Republic of)"), as the UN writes only those so.
 */
export function zhBracketedForm(short: string, long: string): string | null {
  if (short.length < 2 || !long.startsWith(short) || long === short) return null;
  const rest = long.slice(short.length);
  return STATE_WORD.test(rest) ? `${short}(${rest})` : null;
}

/** "Iran (Islamic Republic of)" → "Iran", "Islamic Republic of Iran"; "Cocos (Keeling) Islands" → "Cocos Islands". */
export function enBracketVariants(text: string): string[] {
  const parts = splitBrackets(text);
  if (!parts) return [];
  const joined = [parts.before, parts.after].filter((part) => part !== '').join(' ');
  const variants = [joined];
  if (parts.after === '' && /\bof( the)?$/i.test(parts.inside)) {
    variants.push(`${parts.inside} ${parts.before}`);
  }
  return variants;
}

/** Côte d'Ivoire ↔ Côte d’Ivoire. */
export function apostropheVariants(text: string): string[] {
  if (!/['’]/.test(text)) return [];
  return [text.replace(/’/g, "'"), text.replace(/'/g, '’')];
}

export function codePointLength(text: string): number {
  return [...text].length;
}

export function isCjk(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
