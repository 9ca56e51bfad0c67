// A join date as the sites write it in their readers' languages ("Joined March 2010", "Joined Apr
// 2, 2020", "Inscreveu-se em 2 de abr. de 2020", "2010年3月"), read as the first of its month: the
// month by the page language's names as Intl writes them, else by a few languages' own.
import { parseCount } from '../lib/count';
import { memoised } from '../lib/memo';

/**
 * "Joined March 2010" where the page's language gives no month (no lang, one Intl lacks, text in
 * another language): month names in en, de, es, fr, pt, and en's abbreviations. Japanese, Chinese and Korean write
 * "2010年3月", "2010년 3월" (CJK_YEAR_MONTH).
 */
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    'january february march april may june july august september october november december',
    'januar februar märz april mai juni juli august september oktober november dezember',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'jan feb mar apr may jun jul aug sep oct nov dec',
  ].flatMap((names) => names.split(' ').map((name, index) => [name, index + 1])),
);
const CJK_YEAR_MONTH = /(\p{Nd}{4})\s*[年년]\s*(\p{Nd}{1,2})\s*[月월]/u;
const YEAR = /(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/u;

/**
 * A month alone, in a date, with a year: languages that inflect month names write a different form
 * in each; and abbreviated (YouTube's "Joined Apr 2, 2020", "Inscreveu-se em 2 de abr. de 2020").
 */
const MONTH_FORMATS: Intl.DateTimeFormatOptions[] = (['long', 'short'] as const).flatMap((month) => [{ month }, { month, day: 'numeric' as const }, { month, year: 'numeric' as const }]);

/**
 * A language's month names as Intl writes them, each form that may stand in a join date (ru
 * "март" alone, "марта" in a date; el "Μάρτιος" with a year, "Μαρτίου" alone), lower-cased, to
 * the month; built once per language. Null where Intl does not know the language.
 */
const monthNames = memoised((lang: string): { pattern: RegExp; months: Map<string, number> } | null => {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf(lang).length === 0) return null;
    // The Gregorian calendar's months: the sites count their years in it (Intl's default is another in fa, th).
    const formats = MONTH_FORMATS.map((options) => new Intl.DateTimeFormat(lang, { ...options, calendar: 'gregory', timeZone: 'UTC' }));
    const months = new Map<string, number>();
    for (let month = 1; month <= 12; month++) {
      for (const format of formats) {
        const name = format.formatToParts(Date.UTC(2010, month - 1, 15)).find((part) => part.type === 'month')?.value.trim().toLowerCase();
        // ja "3" in a date is no name; "3月" alone is, though CJK_YEAR_MONTH reads those first.
        if (name && /\p{L}/u.test(name) && !months.has(name)) months.set(name, month);
      }
    }
    if (months.size === 0) return null;
    // Longest first, so the regex prefers "de març" to "març"; a name is a whole word ("tháng 1" is not in "tháng 10").
    const names = [...months.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'u'), months };
  } catch {
    return null; // not a language tag
  }
}, 50);

/** The month a join date names: in the page's language, else in the languages MONTHS knows. */
function monthIn(text: string, lang?: string): number | undefined {
  const lower = text.toLowerCase();
  const names = lang ? monthNames(lang) : null;
  const shown = names?.pattern.exec(lower)?.[0];
  return (shown && names?.months.get(shown)) || lower.split(/[^\p{L}\p{N}]+/u).map((word) => MONTHS[word]).find(Boolean);
}

/**
 * "Joined March 2010" in the page's language ("Iscrizione: marzo 2010", "Mart 2010 tarihinde
 * katıldı", "मार्च २०१० में शामिल हुए", "2010年3月からXを利用しています") as the first of that month.
 * `firstYear`: the year the site opened; a year before it, or after this one, is another
 * calendar's (Thai Buddhist 2553, Persian 1388), not a Gregorian year to read.
 */
export function joinedAt(text: string, lang: string | undefined, firstYear: number): string | undefined {
  const cjk = CJK_YEAR_MONTH.exec(text);
  // parseCount reads any script's digits ("२०१०", "۲۰۱۰").
  const year = parseCount(cjk?.[1] ?? YEAR.exec(text)?.[0]);
  const month = cjk ? parseCount(cjk[2]) : monthIn(text, lang);
  if (!year || year < firstYear || year > new Date().getUTCFullYear() + 1 || !month || month > 12) return undefined;
  return new Date(Date.UTC(year, month - 1, 1)).toISOString();
}
