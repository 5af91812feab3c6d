import * as z from 'zod';

// The dashboard's page forbids eval (its Content-Security-Policy): zod then validates without
// compiling code and does not probe for eval (the probe itself is reported as a violation). zod
// reads the setting when a schema is built, so it is set by the one module every schema of the
// domain imports: wherever the bundler puts the schemas, in whichever chunk, the setting comes first.
z.config({ jitless: true });

export { z };
