import { existsSync } from 'node:fs';
import { requireBrowser } from '../../scripts/find-browser.mjs';
import { EXTENSION_DIR } from './harness';

export default function setup(): void {
  requireBrowser();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error('dist/chrome is missing: run `npm run build` first (npm test does).');
}
