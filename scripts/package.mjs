// Writes one store-ready zip per browser: dist/packages/influence-badges-<version>-<browser>.zip.
// web-ext build zips the built folder with the manifest at the root, as both stores require.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const out = resolve(root, 'dist/packages');
mkdirSync(out, { recursive: true });

for (const browser of ['chrome', 'firefox']) {
  const source = resolve(root, 'dist', browser);
  if (!existsSync(resolve(source, 'manifest.json'))) throw new Error(`${source} is not built: run npm run build`);
  const target = resolve(out, `influence-badges-${version}-${browser}.zip`);
  rmSync(target, { force: true });
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/web-ext/bin/web-ext.js'), 'build', '--source-dir', source, '--artifacts-dir', out, '--filename', `influence-badges-${version}-${browser}.zip`, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!existsSync(target)) throw new Error(`web-ext did not write ${target}`);
  console.log(`wrote ${target.slice(root.length + 1)}`);
}
