// Finds Chromium or Google Chrome on this machine for the end-to-end tests, the benchmark and
// `npm start`. CHROME_PATH wins when set. Run with --check to fail with install instructions.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
  ],
};

const INSTRUCTIONS = `No Chromium or Google Chrome was found. Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
  Windows:        winget install Google.Chrome
or point CHROME_PATH at a Chromium or Chrome executable (version 120 or later).`;

export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const path of CANDIDATES[process.platform] ?? []) if (existsSync(path)) return path;
  if (process.platform !== 'win32') {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      try {
        return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
      } catch {
        // not on PATH
      }
    }
  }
  return undefined;
}

export function requireBrowser() {
  const path = findBrowser();
  if (!path) throw new Error(INSTRUCTIONS);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findBrowser();
  if (!path) {
    console.error(INSTRUCTIONS);
    process.exit(1);
  }
  if (!process.argv.includes('--check')) console.log(path);
}
