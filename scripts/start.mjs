// npm start: opens Chromium or Chrome with the freshly built extension in a new, empty profile
// (so nothing of the user's own browser is touched), on a GitHub page to try it on.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const extension = resolve(import.meta.dirname, '../dist/chrome');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}
const browser = findBrowser();
if (!browser) {
  console.error('No Chromium or Chrome found. Run `node scripts/find-browser.mjs --check` for how to install one.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`There is no display to open a browser window on. The extension is built in ${extension}:
load it in Chrome or Chromium from chrome://extensions ("Load unpacked"), or run npm start where there is a desktop.`);
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'influence-badges-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  // Branded Chrome 137+ ignores --load-extension without this.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
  '--no-first-run',
  '--no-default-browser-check',
  // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  'https://github.com/preactjs/preact/pulls',
];
console.log(`Starting ${browser} with the extension from ${extension} (profile ${profile}).`);
const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'] });
let errors = '';
child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
child.on('exit', (code) => {
  if (code) console.error(`The browser stopped with code ${code}:\n${errors}`);
  process.exit(code ?? 0);
});
