import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findHandles } from '../../../src/sites/find-handles';
import type { SiteAdapter } from '../../../src/sites/types';

export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page of the project's own fixtures, as written (for tests that vary it). */
export function ownHtml(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
}

export function ownPage(name: string): Document {
  return parsePage(ownHtml(name));
}

/** How many badges each handle gets on the page. */
export function handleCounts(adapter: SiteAdapter, document: Document, url: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const found of findHandles(adapter, document, new URL(url))) {
    counts[found.ref.handle] = (counts[found.ref.handle] ?? 0) + 1;
  }
  return counts;
}
