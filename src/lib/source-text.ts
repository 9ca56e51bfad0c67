// Where a score's data came from, in words the card and the popup share: "the api.github.com
// API", "read from the page on 12 Mar, 14 posts seen", "the public feed at www.youtube.com".
import type { SignalSource } from '../score/types';
import { formatNumber, shortDate } from './format';
import { t, uiLanguage } from './i18n';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** One source, named; `withSession`: the network's API is asked with the user's signed-in session. */
export function sourceText(source: SignalSource, withSession = false): string {
  if (source.kind === 'page') {
    const day = shortDate(Date.parse(source.at), uiLanguage());
    if (!source.posts) return t('sourcePageOn', day);
    return source.posts === 1 ? t('sourcePageOnePost', day) : t('sourcePagePosts', day, formatNumber(source.posts, uiLanguage()));
  }
  const host = source.url ? hostOf(source.url) : undefined;
  if (!host) return t('sourceApi');
  if (source.url?.includes('/feeds/')) return t('sourceFeed', host);
  return t(withSession ? 'sourceApiSession' : 'sourceApiHost', host);
}

/** Every source of a profile's data, named once each. */
export function sourcesText(sources: readonly SignalSource[] | undefined, withSession = false): string {
  return [...new Set((sources ?? []).map((source) => sourceText(source, withSession)))].join('; ');
}
