import type { Meta } from '../../domain/meta.ts';
import type { SegmentResult } from '../segment/segment.ts';

/** What a run noticed: warnings to review, layout it inferred, and where every character went. */
export function buildPrepReport(meta: Meta, results: readonly SegmentResult[]) {
  return {
    meta,
    reports: results.map((result) => ({
      symbol: result.metadata.symbol,
      paragraphs: result.paragraphs.length,
      printedNumbers: result.paragraphs.filter((p) => p.numberSource === 'printed').length,
      sections: result.sections.length,
      footnotes: result.metadata.footnoteCount,
      crossReferences: result.metadata.crossReferences,
      layout: result.layout,
      coverage: result.coverage,
      warnings: result.warnings,
    })),
  };
}
