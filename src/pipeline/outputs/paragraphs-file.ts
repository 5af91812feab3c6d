import type { Meta } from '../../domain/meta.ts';
import { paragraphsFileSchema } from '../../domain/paragraphs.ts';
import type { ParagraphsFile } from '../../domain/paragraphs.ts';
import type { SegmentResult } from '../segment/segment.ts';

/** Gathers the segmented reports into paragraphs.json, validated before it is written. */
export function buildParagraphsFile(meta: Meta, results: readonly SegmentResult[]): ParagraphsFile {
  const file: ParagraphsFile = {
    meta,
    reports: results.map((result) => result.metadata),
    sections: results.flatMap((result) => result.sections),
    paragraphs: results.flatMap((result) => result.paragraphs),
  };
  return paragraphsFileSchema.parse(file);
}
