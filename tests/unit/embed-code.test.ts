import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../src/features/export/embed-code.ts';

describe('embed code', () => {
  it('keeps the view’s filters and language, sets the chart, drops the fragment', () => {
    expect(embedUrl('http://host/app/?lang=en&theme=t1#map', 'records-by-theme')).toBe(
      'http://host/app/?lang=en&theme=t1&embed=records-by-theme',
    );
    // An address that already embeds another chart embeds this one instead.
    expect(embedUrl('http://host/?embed=map', 'records-by-region')).toBe(
      'http://host/?embed=records-by-region',
    );
  });

  it('escapes the address and title inside the attributes', () => {
    const code = embedCode('http://host/?q=a"b&lang=en', 'map', 'Où "ici" <b>', 400.4);
    expect(code).toBe(
      '<iframe src="http://host/?q=a%22b&amp;lang=en&amp;embed=map" title="Où &quot;ici&quot; &lt;b&gt;" width="100%" height="660" style="border:0" loading="lazy"></iframe>',
    );
  });
});
