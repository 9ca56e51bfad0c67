// The top of a breakdown: the score, large; how sure it is, in a word and as a meter; how old
// the data is and where it came from.
import { relativeTime } from '../lib/format';
import { t } from '../lib/i18n';
import { networkInfo } from '../lib/networks';
import type { ScoredEntry } from '../lib/score-entry';
import { sourcesText } from '../lib/source-text';
import { percent } from './intl';

/** Confidence in a word: below 40% low, then fair, good from 60%, high from 80%. */
export function confidenceWord(confidence: number): string {
  if (confidence < 0.4) return t('confidenceLow');
  if (confidence < 0.6) return t('confidenceFair');
  if (confidence < 0.8) return t('confidenceGood');
  return t('confidenceHigh');
}

export function ScoreSummary({ entry }: { entry: ScoredEntry }) {
  const { result } = entry;
  const word = confidenceWord(result.confidence);
  const share = percent(result.confidence);
  // Names where the data came from: "the api.github.com API", "read from the page on 12 Mar, 14 posts seen".
  const sources = sourcesText(entry.signals.sources, networkInfo(entry.signals.network)?.apiWithSession === true);
  return (
    <div class="summary">
      <p class="score" data-score={result.score} aria-label={t('popupScoreAria', result.score)}>
        {result.score}
        <small>/100</small>
      </p>
      <div>
        <p class="confidence" data-confidence={result.confidence}>
          <span>{t('popupConfidenceLevel', share, word)}</span>{' '}
          <meter min={0} max={1} low={0.4} high={0.8} optimum={1} value={result.confidence} aria-label={t('popupConfidenceMeter', word, share)} />
        </p>
        <p class="muted" data-age>
          {t('popupDataAge', relativeTime(entry.fetchedAt, Date.now()), sources)}
          {entry.stale && ` · ${t('cardStale')}`}
        </p>
      </div>
    </div>
  );
}
