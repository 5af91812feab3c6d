/** Spans of document titles: 《...》 and names like "伊斯坦布尔宣言" built on a place. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function findTitleSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '《') stack.push(index);
    else if (text[index] === '》' && stack.length > 0) {
      const start = stack.pop() ?? 0;
      if (stack.length === 0) spans.push({ start, end: index + 1 });
    }
  }
  return spans;
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

/**
 * Words that, right after a place name, make it the name of a document, programme or outcome
 * rather than a place where something happened ("布宜诺斯艾利斯成果文件", "萨摩亚途径").
 */
const DOCUMENT_NOUNS =
  /^(?:\s*)(?:宣言|行动纲领|行动议程|议程|途径|成果文件|原则|公约|协定|议定书|方案|框架|进程|承诺|战略|规则|共识|倡议|Declaration|Agenda|Programme|Principles|Pathway|Outcome|Convention|Protocol)/u;

export function namesADocument(text: string, end: number): boolean {
  return DOCUMENT_NOUNS.test(text.slice(end, end + 12));
}
