import type { Qualifier } from '../../domain/figures.ts';
import { chineseNumeralValue } from '../text/chinese-numerals.ts';
import { COUNT_MEASURE_WORDS } from '../text/measure-words.ts';
import {
  categoryCountedBy,
  categoryOfMeasureWord,
  headNounAt,
  isPersonMeasure,
  measureCounts,
  personCategories,
} from './counted-nouns.ts';
import type { CountedCategory, HeadNoun } from './counted-nouns.ts';

export interface FigureMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly qualifier: Qualifier | null;
  /** The category of the counted phrase's head, e.g. "people", "countries". */
  readonly counts: string;
  /** The whole counted noun phrase as written, e.g. "司法人员和警员". */
  readonly countsText: string;
  /** The measure word after the number ("" for none, as in "300 人"). */
  readonly measure: string;
  readonly rule: string;
}

const MEASURE_WORDS = COUNT_MEASURE_WORDS;
const BEFORE = /(约|大约|近|将近|逾|超过|多达|至少|最多|不超过)\s*$/u;
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Chinese numerals; one opening on 一 counts only with a unit after it (一百二十, not 一次). */
const CHINESE = '(?:一(?=[十百千])|[两二三四五六七八九十百千])[一两二三四五六七八九十百千零]*';
/** A number, "多/余" after it, 万/亿, a measure word (or none before 万), "以上" after it. */
const FIGURE = new RegExp(
  `(${ARABIC}|${CHINESE})\\s*(多|余)?\\s*(万|亿)?\\s*(多|余)?\\s*([${MEASURE_WORDS}])?(以上)?`,
  'gu',
);
/** Where the counted phrase stops: punctuation, or a verb or preposition that starts a predicate. */
const HARD_STOP = /[，。；：！？（(“”]/u;
const PREDICATE =
  /^(?:设有|拥有|有|是|达到|达|参加|出席|参与|举办|举行|召开|提供|开展|进行|接受|完成|获得|组织|制定|通过|使用|部署|设立|建立|签署|批准|提交|报名|派驻|派往|位于|存在|覆盖|分布|开设|派(?=代表|员)|支持|协助|受益|得到|收到|登记|记录|监测|访问|审议|前往|来自|离开|返回|居住|生活|工作|从事|负责|涉及|遭到|遭受|受到|逃离|被|由|在|向|为|对|就|于|从|关于|将|已|正|均|共|都|也|还|分别|包括|其中|中的|占|编写|编制|起草|撰写|草拟|落实|执行|实施|履行|筹建|评估|审查)(?!者)/u;
/** Opens a modifier that ends in 的 before the head: "在 2020 年……的国家", "关于……的讲习班". */
const MODIFIER_OPENING =
  /^(?:在|关于|针对|面向|与(?!会)|来自|由|从|因|参加|参与|部署|设立|建立|提交|报名|离开|返回|居住|生活|工作|从事|负责|涉及|遭到|遭受|受到|逃离|已|尚未|正在)/u;
const CONNECTIVE = /^(?:、|及其|及|与|和|或|\/)/u;
/** After a measure word, the next conjunct of a list whose counts follow their nouns. */
const CONJUNCT_AFTER_MEASURE = /^\s*(?:、|和(?!平)|及(?!时|其)|与(?!会)|以及)/u;
/** "这三个国家" re-counts what the sentence has just named: not a new figure. */
/** 都 or 均 in the clause after a count: the predicate spreads over every item counted. */
const SPREAD_OVER = /^[^，。；]{0,20}?[都均]/u;
const RECOUNT_BEFORE = /(?:这|这些|上述|前述|该)\s*$/u;
const WINDOW = 48;
const SUO_VERB = /^(?:载|述|列|指|称|涉|需|做|作|提|示|说|规定|确定|强调)/u;
/** A count in Arabic numerals that starts the next figure (not a duration: "6 个月"). */
const ARABIC_COUNT_AHEAD = new RegExp(
  `^\\d[\\d,.]*\\s*[${MEASURE_WORDS}](?!\\s*(?:月|星期|小时|工作日))`,
  'u',
);
const CHINESE_COUNT_AHEAD = new RegExp(`^[一两二三四五六七八九十百千]+\\s*[${MEASURE_WORDS}]`, 'u');
const RANGE_BEFORE = new RegExp(`(?:${ARABIC}|${CHINESE})\\s*(?:至|到|-|–|—|~)\\s*$`, 'u');

interface Phrase {
  readonly text: string;
  readonly end: number;
  readonly category: CountedCategory | null;
  /** The head is not a listed noun: read by `unlistedHead`. */
  readonly unlisted?: true;
}

/** Characters that end a noun phrase when they follow its head: particles, postpositions. */
const AFTER_HEAD_STOP = /[上中下内外了着过的在对于向为与和及或、将已均共都也还被由从就]/u;
/** How far a compound noun's next head may stand from the previous one (国家人权机构). */
const MAX_GAP = 4;

/**
 * The noun phrase a number counts, read after its measure word: an optional modifier clause
 * closed by 的, then one or more head nouns joined by 、/和/及/与, each with its modifiers; it ends
 * before punctuation or a verb. The category is the head of the first conjunct (代表和研究员 →
 * representatives; 非洲国家人权机构 → its last head, 机构).
 */
function countedPhrase(
  text: string,
  from: number,
  until = text.length,
  /** The measure word after the number; null where the phrase stands before the number. */
  measure: string | null = null,
): Phrase | null {
  const limit = Math.min(until, from + WINDOW);
  let at = from;
  while (at < limit && text[at] === ' ') at += 1;
  const start = at;
  // "2.5 万人", "300 人": 人 straight after the number counts people, whatever follows it.
  // "1,240 人次" counts attendances: participants.
  if (measure === '' && text.startsWith('人次', at)) {
    return { text: '人次', end: at + 2, category: 'participants' };
  }
  if (measure === '' && text[at] === '人') return { text: '人', end: at + 1, category: 'people' };
  // A modifier clause: it opens with a verb or preposition and closes with 的 before the head.
  if (!headAt(text, skipNonHeads(text, at)) && MODIFIER_OPENING.test(text.slice(at, limit))) {
    const close = text.indexOf('的', at);
    const stop = firstHardStop(text, at, limit);
    if (close < 0 || close >= stop) return null;
    at = close + 1;
  }
  const headSearchFrom = at;
  let end = -1;
  let firstConjunctHead: HeadNoun | null = null;
  let conjunctHead: HeadNoun | null = null;
  let conjunct = 0;
  let awaitingHead = false;
  let lastPerson: { head: HeadNoun; end: number } | null = null;
  while (at < limit) {
    at = skipNonHeads(text, at);
    const char = text[at] ?? '';
    if (at >= limit || HARD_STOP.test(char)) break;
    // "特别报告员访问了": after a head, a verb (访问 is also a noun) ends the phrase.
    const head = headAt(text, at);
    const verb = end >= 0 && !awaitingHead ? PREDICATE.exec(text.slice(at, limit)) : null;
    if (verb && (!head || head.text.length <= verb[0].length)) break;
    // "在 24 所学校培训了": a noun that is also a verb (培训, 访问), straight before 了, is the verb.
    if (head && end >= 0 && !awaitingHead && text[at + head.text.length] === '了') break;
    if (head) {
      conjunctHead = head;
      at += head.text.length;
      end = at;
      if (personCategories.has(head.category)) lastPerson = { head, end };
      awaitingHead = false;
      continue;
    }
    if (end < 0 || awaitingHead) {
      // Modifiers before the first head ("试点", "其他类型的"); a particle or verb ends the search,
      // and so does the next count ("17 个政府部门和 12 个……", not "为期 2 至 3 天的").
      if (/[了着过]/u.test(char) || ARABIC_COUNT_AHEAD.test(text.slice(at, limit))) break;
      at += 1;
      continue;
    }
    const connective = CONNECTIVE.exec(text.slice(at, limit))?.[0];
    if (connective && at === end) {
      // Another conjunct only if a head follows before any verb or punctuation.
      if (!headAhead(text, at + connective.length, limit)) break;
      if (conjunct === 0) firstConjunctHead = conjunctHead;
      conjunct += 1;
      at += connective.length;
      awaitingHead = true;
      continue;
    }
    const next = nextHeadNear(text, at, limit);
    if (next < 0) break;
    at = next;
  }
  if (end < 0) return unlistedHead(text, start, headSearchFrom, limit, measure);
  // "5 个举行议会选举的国家": what was read after a verb is a modifier clause closed by 的; the head
  // follows it ("28 个国家组成的小组" counts the countries: the phrase opened on its head),
  // when the measure word can count that head (个 counts no people, 名 counts only people:
  // "22 个国家人权机构的工作人员" still counts the institutions).
  // "25 个地方民间社会组织提供了……的培训": a verb with 了 after the head is the sentence's
  // predicate, not a modifier clause.
  const clause = /^[^，。；：、\d\s]{0,12}?的/u.exec(text.slice(end, limit))?.[0];
  const closing = clause && !clause.includes('了') ? clause : undefined;
  const afterClause = closing ? headAt(text, end + closing.length) : null;
  const modifiersFirst = headAt(text, skipNonHeads(text, start)) === null;
  // "19 个欧洲联盟成员国的国家人权机构": a noun phrase, not a clause, before 的: the number counts it.
  const nounBeforeDe =
    closing === '的' && conjunctHead !== null && measureCounts(measure, conjunctHead.category);
  if (
    closing &&
    afterClause &&
    modifiersFirst &&
    !nounBeforeDe &&
    measure !== null &&
    measure !== ''
  ) {
    if (measureCounts(measure, afterClause.category)) {
      const headEnd = end + closing.length + afterClause.text.length;
      return { text: text.slice(start, headEnd), end: headEnd, category: afterClause.category };
    }
  }
  let head = conjunct === 0 ? conjunctHead : firstConjunctHead;
  // 名 and 位 count people: "64 名数据保护机构和电信监管机构工作人员" counts the staff, the last head.
  const countsPeople = isPersonMeasure(measure);
  // A phrase read on past its last person ("两名特别报告员建议这两个国家") ends with that person.
  if (countsPeople && lastPerson && conjunctHead && !personCategories.has(conjunctHead.category)) {
    if (!head || !personCategories.has(head.category) || conjunct === 0) {
      return {
        text: text.slice(start, lastPerson.end),
        end: lastPerson.end,
        category: lastPerson.head.category,
      };
    }
  }
  if (countsPeople && head && !personCategories.has(head.category) && conjunctHead) {
    if (personCategories.has(conjunctHead.category)) head = conjunctHead;
  }
  // A person noun after 个 or 起 modifies what is counted: the head the measure word can count
  // comes later in the phrase ("38 个移民拘留和遣返中心", "90 起个人或团体……遭受报复的指控").
  if (head && !measureCounts(measure, head.category)) {
    const later = laterCountableHead(text, end, limit, measure);
    if (later)
      return { text: text.slice(start, later.end), end: later.end, category: later.category };
  }
  return { text: text.slice(start, end), end, category: head?.category ?? null };
}

/** Characters that end a noun phrase whose head is not in the list: particles and conjunctions. */
const UNLISTED_HEAD_STOP = /[的了着过和及与或、在对于向为将已均共都也还被由从就]/u;

/**
 * "48 份国别情况分析", "178 笔赠款", "12 项关于……的指标": a measure word counts a noun phrase
 * whatever its head, even one outside the list: the phrase runs from `headFrom` (after a modifier
 * clause closed by 的) over Chinese characters to the first particle, conjunction, verb that
 * starts a predicate, number or punctuation. Its category is what the measure word counts.
 */
function unlistedHead(
  text: string,
  start: number,
  headFrom: number,
  limit: number,
  measure: string | null,
): Phrase | null {
  if (measure === null || measure === '') return null;
  let at = headFrom;
  while (at < limit) {
    const char = text[at] ?? '';
    if (!/\p{Script=Han}/u.test(char)) break;
    // A particle cannot open a noun phrase: 过 opening "6 个过境点" is a word's first character.
    if (UNLISTED_HEAD_STOP.test(char) && !(at === headFrom && /[过着]/u.test(char))) break;
    if (at > headFrom && PREDICATE.test(text.slice(at, limit))) break;
    // "9 个接待站访谈了": a word of one or two characters before 了 is the sentence's verb.
    if (at > headFrom && (text[at + 1] === '了' || text[at + 2] === '了')) break;
    at += 1;
  }
  // "11 份涉及……" opens on a verb; a one-character word (正 in 正式, 共 in 共同) may open a noun.
  if (at === headFrom || (PREDICATE.exec(text.slice(headFrom, limit))?.[0].length ?? 0) >= 2)
    return null;
  return {
    text: text.slice(start, at),
    end: at,
    category: categoryOfMeasureWord(measure),
    unlisted: true,
  };
}

/**
 * The first head after `from`, before the clause ends, that the measure word can count and that
 * ends the phrase: reached through compound nouns or a modifier clause closed by 的.
 */
function laterCountableHead(
  text: string,
  from: number,
  limit: number,
  measure: string | null,
): { end: number; category: CountedCategory } | null {
  const stop = firstHardStop(text, from, Math.min(text.length, from + WINDOW));
  let afterDe = false;
  let predicate = false;
  for (let at = from; at < stop; at += 1) {
    at = skipNonHeads(text, at);
    if (at >= stop) break;
    const head = headAt(text, at);
    if (head && measureCounts(measure, head.category) && (afterDe || !predicate)) {
      const end = at + head.text.length;
      const next = text[end] ?? '';
      const ends =
        end >= stop ||
        !/\p{Script=Han}/u.test(next) ||
        AFTER_HEAD_STOP.test(next) ||
        PREDICATE.test(text.slice(end, limit));
      if (ends) {
        return { end, category: head.category };
      }
    }
    if (text[at] === '的') afterDe = true;
    else if (PREDICATE.test(text.slice(at, limit))) predicate = true;
  }
  return null;
}

/** Where the next head of a compound noun starts, within a few modifier characters, or -1. */
function nextHeadNear(text: string, from: number, limit: number): number {
  for (let at = from; at < Math.min(limit, from + MAX_GAP + 1); at += 1) {
    if (skipNonHeads(text, at) !== at) return -1;
    const char = text[at] ?? '';
    // "特别报告员访问了": a verb that is also a noun (访问) ends the phrase; a longer head that
    // opens with a verb (工作人员) does not.
    const head = headAt(text, at);
    const verb = PREDICATE.exec(text.slice(at, limit));
    if (verb && (!head || head.text.length <= verb[0].length)) return -1;
    if (head) return text[at + head.text.length] === '了' ? -1 : at;
    if (HARD_STOP.test(char) || AFTER_HEAD_STOP.test(char) || /[\d\s]/u.test(char)) return -1;
  }
  return -1;
}

/**
 * The head noun at `index` as a word of the phrase: a one-character head glued to the word that
 * goes on after it is a modifier (国 in 国别, 人 in 人权干事, 省 in 省份, 国 in 全国选举), unless a
 * verb or a particle follows it ("100 人参加"); an agent noun ending in 者 (提供者, 社会工作者)
 * counts people.
 */
function headAt(text: string, index: number): HeadNoun | null {
  const head = headNounAt(text, index);
  if (head && head.text.length === 1) {
    const after = index + 1;
    const next = text[after] ?? '';
    const glued =
      /\p{Script=Han}/u.test(next) &&
      !AFTER_HEAD_STOP.test(next) &&
      !CONNECTIVE.test(text.slice(after)) &&
      !PREDICATE.test(text.slice(after));
    return glued ? null : head;
  }
  if (head) return head;
  const agent = text[index] === '者' || text[index] === '员';
  if (!agent || index === 0 || !/\p{Script=Han}/u.test(text[index - 1] ?? '')) return null;
  // 员 as a word's end (口译员, 调查员), not inside one (员工).
  const next = text[index + 1] ?? '';
  if (text[index] === '员' && /\p{Script=Han}/u.test(next) && !AFTER_HEAD_STOP.test(next)) {
    if (!CONNECTIVE.test(text.slice(index + 1)) && !PREDICATE.test(text.slice(index + 1))) {
      return null;
    }
  }
  return { text: text[index] as string, category: 'people' };
}

/** Names that end in a head noun without being one (联合国 is not a 国). */
const NON_HEADS = ['联合国', '人权高专办', '高专办', '人权理事会'];

function skipNonHeads(text: string, at: number): number {
  for (const name of NON_HEADS) if (text.startsWith(name, at)) return at + name.length;
  return at;
}

function headAhead(text: string, from: number, limit: number): boolean {
  for (let at = from; at < limit; at += 1) {
    at = skipNonHeads(text, at);
    const char = text[at] ?? '';
    const head = headAt(text, at);
    // "、联合国可持续发展集团框架内的 38 名人权顾问": a place for the next figure, not a conjunct.
    if (head)
      return !/^(?:内|中|下|之内|之下)[^，。；、\d]{0,6}的/u.test(
        text.slice(at + head.text.length),
      );
    // A number starts the next figure of a list, not another noun of this one; so does a small
    // one in Chinese numerals ("131 个会员国和一个观察员国").
    if (/[\d，。；：]/u.test(char) || PREDICATE.test(text.slice(at, limit))) return false;
    if (CHINESE_COUNT_AHEAD.test(text.slice(at, limit))) return false;
  }
  return false;
}

function firstHardStop(text: string, from: number, limit: number): number {
  for (let at = from; at < limit; at += 1) if (HARD_STOP.test(text[at] ?? '')) return at;
  return limit;
}

/** Where the clause of a number starts: after punctuation, or after the figure before it. */
function clauseStartBefore(text: string, numberStart: number, previousEnd?: number): number {
  const clauseStart =
    Math.max(
      text.lastIndexOf('，', numberStart),
      text.lastIndexOf('。', numberStart),
      text.lastIndexOf('：', numberStart),
      text.lastIndexOf('；', numberStart),
    ) + 1;
  if (previousEnd === undefined || previousEnd <= clauseStart) return clauseStart;
  let at = previousEnd;
  while (text[at] === ' ') at += 1;
  at += CONNECTIVE.exec(text.slice(at))?.[0].length ?? 0;
  while (text[at] === ' ') at += 1;
  return Math.min(at, numberStart);
}

/** Verbs and particles after which the noun phrase before a number starts ("培训了", "包括"). */
const PRENOMINAL_OPENING =
  /(?:了|包括|包含|共有|设有|拥有|有(?!关)|记录|收到|接获|访谈|培训|部署|派出|支持|协助|举办|组织|开展|审议)/gu;

/**
 * The noun phrase that ends right before a number ("人权高专办共有国别或独立办事处 18 个"): from
 * after the last verb or particle of the clause, its modifiers kept ("针对人权维护者的攻击 143 起");
 * null when no head noun ends there.
 */
function nounEndingAt(text: string, from: number, numberStart: number): Phrase | null {
  let headEnd = numberStart;
  while (headEnd > from && text[headEnd - 1] === ' ') headEnd -= 1;
  let head: HeadNoun | null = null;
  for (let at = from; at < headEnd && !head; at += 1) {
    const candidate = headNounAt(text, at);
    if (candidate && at + candidate.text.length === headEnd) head = candidate;
  }
  if (!head) return null;
  let start = from;
  for (const match of text.slice(from, headEnd - head.text.length).matchAll(PRENOMINAL_OPENING))
    start = from + match.index + match[0].length;
  const phrase = text.slice(start, headEnd).trim();
  // Coordinated nouns take the first conjunct's head, as after a number ("区域办事处和中心").
  const read = countedPhrase(text, start, headEnd);
  const category = read?.category && read.end >= headEnd ? read.category : head.category;
  return { text: phrase || head.text, end: numberStart, category };
}

/**
 * "实地存在总数为 91 个", "人权顾问 44 名": the counted noun stands before the number, in the same
 * clause. The head nearest before it, or the category of the figures before it in the sentence.
 */
function phraseBefore(
  text: string,
  numberStart: number,
  /** What the sentence counted last with the same measure word, when the clause names nothing. */
  sameMeasure: Phrase | null,
  measure: string | null,
  /** Where the figure before it in the clause ends ("检察官 48 名、法官 22 名"): the phrase starts after. */
  previousEnd?: number,
): Phrase | null {
  const clauseStart = clauseStartBefore(text, numberStart, previousEnd);
  const lead = /^\s*(?:其中|另有|此外|以及|包括|还有)?/u.exec(text.slice(clauseStart))?.[0] ?? '';
  const nounBefore = nounEndingAt(text, clauseStart + lead.length, numberStart);
  // "培训对象包括警察 310 名、军人 205 名": a noun straight before the number, the measure word
  // closing its conjunct, is what it counts.
  if (nounBefore?.category && measureCounts(measure, nounBefore.category)) return nounBefore;
  const inClause = countedPhrase(text, clauseStart + lead.length, numberStart);
  if (inClause?.category && measureCounts(measure, inClause.category)) return inClause;
  // "派驻联合国国家工作队的人权顾问 43 名": where the phrase read is not one the measure word can
  // count, the noun straight before the number is what it counts.
  if (nounBefore) return nounBefore;
  if (inClause) return inClause;
  if (sameMeasure) return sameMeasure;
  // "……，共计 82 个": the noun is the sentence's, the last one counted before.
  const sentenceStart = text.lastIndexOf('。', numberStart) + 1;
  let found: HeadNoun | null = null;
  for (let at = sentenceStart; at < numberStart; at += 1) {
    at = skipNonHeads(text, at);
    const head = headAt(text, at);
    if (head) {
      found = head;
      at += head.text.length - 1;
    }
  }
  return found ? { text: found.text, end: numberStart, category: found.category } : null;
}

/** The phrase of the last figure before `start` in its sentence counted by the same measure word. */
function sameMeasureBefore(
  found: readonly FigureMatch[],
  text: string,
  start: number,
  measure: string,
): Phrase | null {
  const sentenceStart = text.lastIndexOf('。', start - 1) + 1;
  const previous = found.findLast(
    (figure) => figure.start >= sentenceStart && figure.end <= start && figure.measure === measure,
  );
  return previous
    ? { text: previous.countsText, end: start, category: previous.counts as CountedCategory }
    : null;
}

/** Spans inside “…” and 《…》. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [open, close] of [
    ['“', '”'],
    ['《', '》'],
  ] as const) {
    let from = text.indexOf(open);
    while (from >= 0) {
      const to = text.indexOf(close, from + 1);
      if (to < 0) break;
      spans.push([from, to]);
      from = text.indexOf(open, to + 1);
    }
  }
  return spans;
}

/**
 * "这三个国家", "这 16 个国家": a demonstrative count of items the sentence before has just named
 * one by one (as many as the count, joined by 、 and 和) is a re-count; "这 18 个单元" introducing
 * a count of its own is not. Small counts in Chinese numerals after 这 are re-counts.
 */
function isRecount(text: string, start: number, digits: string): boolean {
  if (/^[二三四五六七八九十两]+$/u.test(digits)) return true;
  const value = Number(digits.replaceAll(',', ''));
  const sentenceEnd = text.lastIndexOf('。', start);
  const previousStart = text.lastIndexOf('。', sentenceEnd - 1) + 1;
  const before = text.slice(previousStart, start);
  const items = (before.match(/、/gu)?.length ?? 0) + (before.match(/[和及]/gu)?.length ?? 0) + 1;
  return items >= value;
}

/** Whether only spaces stand between the sentence's start and `start`. */
function opensSentence(text: string, start: number): boolean {
  const sentenceStart =
    Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('；', start - 1)) + 1;
  return text.slice(sentenceStart, start).trim() === '';
}

function numberValue(digits: string, tenThousands: string | undefined): number | null {
  const base = /\d/u.test(digits)
    ? Number(digits.replaceAll(',', ''))
    : (chineseNumeralValue(digits) ?? Number.NaN);
  if (!Number.isFinite(base)) return null;
  const factor = tenThousands === '万' ? 10_000 : tenThousands === '亿' ? 100_000_000 : 1;
  return Math.round(base * factor);
}

function qualifierOf(
  before: string | undefined,
  after: string | undefined,
  above: boolean,
): Qualifier | null {
  if (after || above || before === '逾' || before === '超过') return 'more than';
  if (before === '约' || before === '大约' || before === '近' || before === '将近') return 'about';
  if (before === '至少') return 'at least';
  if (before === '最多' || before === '不超过' || before === '多达') return 'up to';
  return null;
}

/**
 * Numbers that count something: number + measure word + the counted noun phrase ("1,453 名受益者",
 * "30 多个国家", "约 1.2 万名境内流离失所者", "六个试点国家", "115 个以上发展中国家"). Never a year,
 * date, session, resolution, paragraph or footnote number: those have no measure word, or an
 * ordinal 第 before them; nor "一" (an indefinite "a"), nor a re-count ("这三个国家").
 */
export function findFigures(text: string): FigureMatch[] {
  const found: FigureMatch[] = [];
  const quoted = quotedSpans(text);
  for (const match of text.matchAll(FIGURE)) {
    const [whole, digits = '', afterNumber, tenThousands, afterTenThousands, measure, above] =
      match;
    const start = match.index;
    // A count inside a quotation or a title is someone else's words ("17 项可持续发展目标").
    if (quoted.some(([from, to]) => start > from && start < to)) continue;
    const previous = text[start - 1] ?? '';
    if (/[\d/.\-A-Za-z]/u.test(previous)) continue;
    const lead = text.slice(Math.max(0, start - 4), start);
    if (/第\s*$/u.test(lead) || /[一二三四五六七八九十]$/u.test(previous)) continue;
    // "第五十五至五十七届会议", "第 55 至 57 届": the end of a range of ordinals is an ordinal;
    // "各派 2 至 3 名官员": a range is not one count either.
    if (RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // "300 人参加": 人 counts people without a measure word (not 人权).
    const bareRen = /^\s*人(?!权)/u.test(text.slice(start + whole.length));
    if (!measure && !tenThousands && !bareRen) continue;
    const value = numberValue(digits, tenThousands);
    if (value === null || value === 0) continue;
    // "这 30 份报告" after "审议了 30 份报告": the same count again.
    const countedBefore = () =>
      found.some((figure) => figure.value === value && figure.measure === (measure ?? ''));
    if (RECOUNT_BEFORE.test(lead) && (isRecount(text, start, digits) || countedBefore())) continue;
    const afterMeasure = start + whole.length;
    // "目标 17 所载的": 所 before a verb is the particle of 所载, 所述, not a measure word.
    if (measure === '所' && SUO_VERB.test(text.slice(afterMeasure))) continue;
    // "18 个月", "为期两个星期": a duration, not a count.
    if (measure === '个' && /^\s*(?:月|星期|小时|工作日)/u.test(text.slice(afterMeasure))) continue;
    // "两场活动都讨论了……": a small count opening its sentence, that 都 or 均 then spreads over,
    // is "both" or "all three" of what was just named, not a new figure.
    if (
      !/\d/u.test(digits) &&
      opensSentence(text, start) &&
      SPREAD_OVER.test(text.slice(afterMeasure))
    )
      continue;
    const trailing = whole.length - whole.trimEnd().length;
    const rest = text.slice(afterMeasure - trailing);
    // "2,000 名以上的观察员": the phrase starts after the 的 of 以上.
    const phraseFrom = afterMeasure - trailing + (above && text[afterMeasure] === '的' ? 1 : 0);
    const previousInSentence = found.findLast(
      (figure) => figure.end <= start && !/[。；]/u.test(text.slice(figure.end, start)),
    );
    // "检察官 48 名、法官 22 名": a measure word followed by the next conjunct closes its own
    // conjunct; a noun straight before the number is what it counts.
    const ownNoun =
      measure && CONJUNCT_AFTER_MEASURE.test(rest)
        ? nounEndingAt(text, clauseStartBefore(text, start, previousInSentence?.end), start)
        : null;
    const countable = !!ownNoun?.category && measureCounts(measure ?? null, ownNoun.category);
    // A noun the measure word cannot count: the phrase before the number is read as below.
    let phrase = ownNoun
      ? countable
        ? ownNoun
        : null
      : countedPhrase(text, phraseFrom, text.length, measure ?? '');
    // "……48 份国别情况分析，其中 11 份涉及……": the measure word alone, before punctuation or a
    // predicate, counts what the sentence has just counted.
    // ("共计 84 个。" sums what the sentence named: its head, not the last figure's phrase.)
    const beforePredicate = PREDICATE.test(rest.trimStart());
    const backReference =
      ownNoun !== null ||
      (!phrase && !!measure && (/^\s*(?:[，。；、）)]|$)/u.test(rest) || beforePredicate));
    if (!phrase && backReference && measure) {
      const sameMeasure = beforePredicate ? sameMeasureBefore(found, text, start, measure) : null;
      phrase = phraseBefore(text, start, sameMeasure, measure, previousInSentence?.end);
    }
    if (!phrase) continue;
    if (!measure && !phrase.category) continue;
    // "三个例子", "两个体系之间": a small number in Chinese numerals before a noun outside the list
    // is the prose's, not a count the report reports (its counts are in Arabic numerals).
    if (phrase.unlisted && !/\d/u.test(digits)) continue;
    const qualifierBefore = BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const surfaceStart = qualifierBefore ? start - qualifierBefore[0].length : start;
    const surfaceEnd = backReference ? afterMeasure - trailing : phrase.end;
    found.push({
      start: surfaceStart,
      end: surfaceEnd,
      text: text.slice(surfaceStart, surfaceEnd),
      value,
      qualifier: qualifierOf(
        qualifierBefore?.[1],
        afterNumber ?? afterTenThousands,
        above !== undefined,
      ),
      counts: categoryCountedBy(measure ?? '', phrase.category),
      countsText: phrase.text,
      measure: measure ?? '',
      rule: `figure:${/\d/u.test(digits) ? 'arabic' : 'chinese'}-number-measure-word-noun-phrase`,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
