// `npm start`: prepare the data if needed, build, and serve the built app on localhost.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const preferredPort = 4173;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\`${[command, ...args].join(' ')}\` failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
}

async function servePreview() {
  const options = { root, logLevel: 'warn' };
  try {
    return await preview({
      ...options,
      preview: { host: '127.0.0.1', port: preferredPort, strictPort: true },
    });
  } catch (error) {
    if (!String(error?.message).includes('is already in use')) throw error;
    return preview({ ...options, preview: { host: '127.0.0.1', port: preferredPort } });
  }
}

run('npm', ['run', 'prep', '--', '--if-needed']);
await build({ root, logLevel: 'warn' });
const server = await servePreview();
const { port } = server.httpServer.address();
console.log(`Dashboard: http://localhost:${port}/`);
