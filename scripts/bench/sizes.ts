// Bundle sizes as the budgets count them: a part's files and every file they load, gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A reference from a file to another: absolute paths start at the extension's root. */
const locate = (reference: string, from: string, root: string) =>
  reference.startsWith('/') ? join(root, reference) : resolve(dirname(from), reference);

/** Files a module loads: static imports, and the dynamic import(chrome.runtime.getURL("…")) of crxjs' loaders. */
function importsOf(file: string, root: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) found.add(locate(match[1], file, root));
  for (const match of code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g)) found.add(resolve(root, match[1]));
  return [...found];
}

/** Files a module may load later: `import("./x.js")` (each site's adapter, the popup's later views). */
function lazyImportsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)].map((match) => resolve(dirname(file), match[1]));
}

function closure(entries: string[], root: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...importsOf(file, root));
  }
  return [...seen];
}

export interface PartSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function measure(files: string[], root: string): PartSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.map((file) => relative(root, file)).sort(), bytes, gzipBytes };
}

/**
 * A part's files as it loads on the heaviest page: everything it imports at once, plus the
 * heaviest one of the modules it imports later (a page loads one site's adapter; the popup
 * one adapter, or one later view, at a time). `all` is every file the part can ever load.
 */
function withHeaviestLazy(files: string[], root: string): { part: PartSize; all: PartSize } {
  const loaded = new Set(files);
  const lazy = [...new Set(files.filter((file) => file.endsWith('.js')).flatMap(lazyImportsOf))].filter((file) => !loaded.has(file));
  const extra = lazy.map((file) => closure([file], root).filter((f) => !loaded.has(f))).map((more) => ({ more, size: measure(more, root).gzipBytes }));
  const heaviest = extra.sort((a, b) => b.size - a.size)[0]?.more ?? [];
  const everything = closure([...files.filter((f) => f.endsWith('.js')), ...lazy], root);
  return { part: measure([...files, ...heaviest], root), all: measure([...new Set([...files, ...everything])], root) };
}

export function bundleSizes(root: string): { content: PartSize; popup: PartSize; contentAll: PartSize; popupAll: PartSize } {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const contentEntries = manifest.content_scripts.flatMap((script: { js: string[]; css?: string[] }) => [
    ...script.js,
    ...(script.css ?? []),
  ]);
  const popupHtml = join(root, manifest.action.default_popup);
  const html = readFileSync(popupHtml, 'utf8');
  const popupEntries = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => locate(m[1], popupHtml, root));
  const content = withHeaviestLazy(closure(contentEntries.map((file: string) => join(root, file)), root), root);
  const popup = withHeaviestLazy([popupHtml, ...closure(popupEntries, root)], root);
  return { content: content.part, popup: popup.part, contentAll: content.all, popupAll: popup.all };
}
