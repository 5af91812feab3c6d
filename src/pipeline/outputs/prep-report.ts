import type { Meta } from '../../domain/meta.ts';
import type { TaggingResult } from '../run-tagging.ts';
import type { SegmentResult } from '../segment/segment.ts';

/** What a run noticed: warnings to review, layout it inferred, and where every character went. */
export function buildPrepReport(
  meta: Meta,
  results: readonly SegmentResult[],
  tagging: readonly (TaggingResult | undefined)[] = [],
) {
  return {
    meta,
    reports: results.map((result, index) => ({
      symbol: result.metadata.symbol,
      paragraphs: result.paragraphs.length,
      printedNumbers: result.paragraphs.filter((p) => p.numberSource === 'printed').length,
      sections: result.sections.length,
      footnotes: result.metadata.footnoteCount,
      crossReferences: result.metadata.crossReferences,
      layout: result.layout,
      coverage: result.coverage,
      warnings: result.warnings,
      /** What the tagging noticed: the field-presence breakdown missing or not adding up. */
      taggingWarnings: tagging[index]?.warnings ?? [],
    })),
  };
}
