import * as z from 'zod';

// The page's Content-Security-Policy forbids eval: zod validates without compiling code and does not
// probe for eval (a probe is reported as a policy violation). Schemas read this when they are
// built, so the entry module imports this file before anything that defines one.
z.config({ jitless: true });
