// Counts as pages write them: "1,234", "1.2k", "3.4M", "12 345". (The closed-network sites'
// locales come with their own parser.)

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** `locale`: the page's language (`document.documentElement.lang`), where it decides how a number reads. */
export function parseCount(text: string | null | undefined, locale?: string): number | undefined {
  void locale;
  if (!text) return undefined;
  const match = /(\d[\d,.\s\u00a0\u202f]*)\s*([kmb])?\b/i.exec(text.trim());
  if (!match) return undefined;
  const digits = match[1].replace(/[\s\u00a0\u202f]/g, '');
  const suffix = match[2]?.toLowerCase();
  if (suffix) {
    const value = Number(digits.replace(/,/g, '.'));
    return Number.isFinite(value) ? Math.round(value * SUFFIX[suffix]) : undefined;
  }
  // Without a suffix, "," and "." group thousands.
  const value = Number(digits.replace(/[,.]/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
