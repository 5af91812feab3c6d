import { tagKinds } from '../../domain/index.ts';
import type { Tag, TagKind } from '../../domain/index.ts';

/** A tagged span as the panel highlights it: a record's evidence span or a figure's span. */
export type HighlightSpan = Pick<Tag, 'kind' | 'start' | 'end' | 'text' | 'ref' | 'role'> & {
  /** The rule or dictionary entry that produced the tag, shown as its reason. */
  readonly rule?: string;
};

export type TextSegment =
  | { readonly type: 'text'; readonly start: number; readonly text: string }
  | {
      readonly type: 'tag';
      readonly start: number;
      readonly end: number;
      /** Every tag on exactly this range, one per kind, outermost kind first. */
      readonly tags: readonly HighlightSpan[];
      readonly children: readonly TextSegment[];
    };

const kindOrder = new Map<TagKind, number>(tagKinds.map((kind, index) => [kind, index]));

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Overlapping without one containing the other. */
function crosses(a: Range, b: Range): boolean {
  return (
    a.start < b.end &&
    b.start < a.end &&
    !(a.start <= b.start && b.end <= a.end) &&
    !(b.start <= a.start && a.end <= b.end)
  );
}

interface Group extends Range {
  readonly tags: HighlightSpan[];
}

/** Spans that fit the text and say the words they cover, grouped by range, one tag per kind. */
function groupSpans(text: string, spans: readonly HighlightSpan[]): Group[] {
  const groups = new Map<string, Group>();
  for (const span of spans) {
    if (span.start < 0 || span.end <= span.start || span.end > text.length) continue;
    // A span whose words are not the text's words would mislabel them: leave those words plain.
    if (text.slice(span.start, span.end) !== span.text) continue;
    const key = `${span.start}:${span.end}`;
    const group = groups.get(key) ?? { start: span.start, end: span.end, tags: [] };
    groups.set(key, group);
    if (!group.tags.some((tag) => tag.kind === span.kind)) group.tags.push(span);
  }
  for (const group of groups.values())
    group.tags.sort((a, b) => (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0));
  return [...groups.values()];
}

/** Longer ranges first; a range that crosses an accepted one (neither nested nor apart) is dropped. */
function acceptNestable(groups: Group[]): Group[] {
  const byLength = [...groups].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const accepted: Group[] = [];
  for (const group of byLength)
    if (!accepted.some((other) => crosses(group, other))) accepted.push(group);
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

function build(text: string, groups: readonly Group[], from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = from;
  let index = 0;
  while (index < groups.length) {
    const group = groups[index]!;
    // Everything after this group that lies inside it becomes its children.
    let next = index + 1;
    while (next < groups.length && groups[next]!.start < group.end) next += 1;
    if (group.start > cursor)
      segments.push({ type: 'text', start: cursor, text: text.slice(cursor, group.start) });
    segments.push({
      type: 'tag',
      start: group.start,
      end: group.end,
      tags: group.tags,
      children: build(text, groups.slice(index + 1, next), group.start, group.end),
    });
    cursor = group.end;
    index = next;
  }
  if (cursor < to) segments.push({ type: 'text', start: cursor, text: text.slice(cursor, to) });
  return segments;
}

/**
 * Cuts `text` into plain and tagged segments for highlighting. Tags nest: a span inside another
 * becomes its child. Where two spans cross, the longer one wins and the shorter is left out;
 * spans on the same range share one segment (one tag per kind). Joining the text of every leaf
 * gives back `text` exactly, whatever the spans say.
 */
export function segmentTextByTags(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  return build(text, acceptNestable(groupSpans(text, spans)), 0, text.length);
}

/** The plain text under a list of segments (for tests and for checking the invariant). */
export function segmentsText(segments: readonly TextSegment[]): string {
  return segments
    .map((segment) => (segment.type === 'text' ? segment.text : segmentsText(segment.children)))
    .join('');
}
