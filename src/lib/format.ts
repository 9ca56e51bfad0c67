// Numbers and times as people read them, in the browser's language.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 hours ago", "in 5 minutes", "20 seconds ago"; "now" within ten seconds. */
export function relativeTime(time: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const difference = time - now;
  if (Math.abs(difference) < 10_000) return format.format(0, 'second');
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(difference) >= ms)!;
  return format.format(Math.round(difference / size), unit);
}

export function clockTime(time: number, locale?: string): string {
  return new Date(time).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

export function formatNumber(value: number | boolean, locale?: string): string {
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 2 : 0 });
}

export function formatPoints(points: number, locale?: string): string {
  const text = Math.abs(points).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${points >= 0 ? '+' : '−'}${text}`;
}

/** "12 Mar" in the browser's language: the day a page was read. */
export function shortDate(time: number, locale?: string): string {
  return new Date(time).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
}
