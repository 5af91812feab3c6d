import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Everything the page loads comes from its own origin. Styles: stylesheets from the origin only,
 * no inline <style> element. Style attributes are allowed (style-src-attr) because ECharts'
 * SVG renderer (zrender) writes its element styles as style attributes when it draws and
 * exports a chart; React sets styles through the CSSOM, which the policy does not govern.
 */
const policy = {
  'default-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'script-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const serialise = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** Sent by `npm start` (vite preview); frame-ancestors works only as a header, not in a meta tag. */
export const securityHeaders = {
  'Content-Security-Policy': serialise({ ...policy, 'frame-ancestors': "'self'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Build only: the dev server's React refresh preamble is an inline script that this policy forbids.
// The meta copy keeps the policy when dist/ is served by a host that sends no headers.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: serialise(policy) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { outDir: 'dist' },
  preview: { headers: securityHeaders },
  server: {
    headers: {
      'X-Content-Type-Options': securityHeaders['X-Content-Type-Options'],
      'Referrer-Policy': securityHeaders['Referrer-Policy'],
    },
  },
});
