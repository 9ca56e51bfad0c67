// Numbers, shares and days in the popup's language (the browser's UI language), through Intl.
import { formatNumber, formatPoints } from '../lib/format';
import { uiLanguage } from '../lib/i18n';
import type { Language } from '../score/labels';

/** The language of the score's own labels (src/score/labels.ts): German for any German locale, else English. */
export const labelLanguage = (): Language => (uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en');

export const number = (value: number | boolean): string => formatNumber(value, uiLanguage());

/** "35%" / "35 %": a share 0..1 as a whole percent. */
export const percent = (share: number): string => new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** "+8.2" / "−1.5": points with one decimal. */
export const points = (value: number): string => formatPoints(value, uiLanguage());

/** "+3" / "−1" / "±0": a whole change in score, as Klout showed it. */
export function signedChange(delta: number): string {
  const size = Math.abs(delta).toLocaleString(uiLanguage(), { maximumFractionDigits: 0 });
  return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${size}`;
}

/** "12 Mar" for a snapshot's UTC day (YYYY-MM-DD): read in UTC, or a day west of Greenwich shows the day before. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}
