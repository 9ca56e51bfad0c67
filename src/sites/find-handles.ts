import type { FoundHandle, SiteAdapter } from './types';

/** Every element in (and including) node that might be a handle, by the adapter's pre-filter. */
export function candidatesIn(adapter: SiteAdapter, node: Node): Element[] {
  return matchesIn(node, adapter.candidateSelector);
}

/** Every element in (and including) node that matches the selector. */
export function matchesIn(node: Node, selector: string): Element[] {
  const root = node as Partial<ParentNode & Element>;
  if (typeof root.querySelectorAll !== 'function') return [];
  const found: Element[] = [];
  if (typeof root.matches === 'function' && root.matches(selector)) found.push(node as Element);
  for (const element of root.querySelectorAll(selector)) found.push(element);
  return found;
}

/** Every handle in a document or subtree, at once (tests and benchmarks; pages use the scanner). */
export function findHandles(adapter: SiteAdapter, node: Node, page: URL): FoundHandle[] {
  return candidatesIn(adapter, node)
    .map((element) => adapter.handleFromElement(element, page))
    .filter((found): found is FoundHandle => found !== null);
}

/**
 * A link's host, path and fragment, without building a URL for the usual root-relative href
 * ("/name?x=1"): timelines hold thousands of links, and parsing each is most of reading them.
 */
export function linkParts(link: Element, page: URL): Pick<URL, 'host' | 'pathname' | 'hash'> | null {
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('/') && !href.startsWith('//') && !/[#\\%]/.test(href)) {
    return { host: page.host, pathname: href.split('?', 1)[0], hash: '' };
  }
  return linkUrl(link, page);
}

/** A URL path segment decoded ("fredrik%C3%A5hman" → "fredrikåhman"); null where its escapes are malformed. */
export function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Where a link points, resolved against the page; null for an href the URL parser refuses. */
export function linkUrl(link: Element, page: URL): URL | null {
  try {
    return new URL(link.getAttribute('href') ?? '', page);
  } catch {
    return null;
  }
}
