import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8'));
const patterns: string[] = manifest.content_scripts[0].matches;

/** Whether a match pattern's host part (`example.com`, `*.example.com`) covers a host, as browsers read it. */
function covers(pattern: string, host: string): boolean {
  const patternHost = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

describe('the manifest', () => {
  it.each(SITES.flatMap((site) => site.hosts.map((host) => [site.id, host.replace(/^\*\./, 'sub.')])))('runs the content script on %s: %s', (_site, host) => {
    expect(patterns.some((pattern) => covers(pattern, host))).toBe(true);
  });

  // Reddit and Stack Exchange sit in both lists: a host added to the content script's matches alone is a slip.
  it.each(SITES.filter((site) => ['reddit', 'stackexchange'].includes(site.id)).flatMap((site) => site.hosts.map((host) => [site.id, host.replace(/^\*\./, 'sub.')])))(
    'may read the pages of %s: %s',
    (_site, host) => {
      expect(manifest.host_permissions.some((pattern: string) => covers(pattern, host))).toBe(true);
    },
  );

  it('asks to read no site at install beyond the sites it badges and the APIs it asks', () => {
    expect(manifest.host_permissions).not.toContain('https://*/*');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    // The closed networks are read from their pages only: the background may fetch none of them, YouTube's public feeds aside.
    for (const closed of ['x.com', 'twitter.com', 'linkedin.com', 'instagram.com', 'facebook.com', 'tiktok.com', 'threads.net', 'xing.com']) {
      expect(manifest.host_permissions.some((pattern: string) => pattern.includes(closed))).toBe(false);
    }
  });
});
