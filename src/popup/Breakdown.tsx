// One profile explained: the score, how sure it is and how old, the authenticity verdict, and
// every pillar with each of its signals, their values and their contributions in points.
import { clockTime, formatNumber, formatPoints, relativeTime } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ScoredEntry, SettledEntry } from '../lib/score-entry';
import { scoreDetailed } from '../score/engine';
import { explain } from '../score/explain';
import { OwnProfile } from './OwnProfile';
import { VerifiedLinks } from './VerifiedLinks';
import { PILLAR_LABELS, flagLabel, signalLabel, type Language } from '../score/labels';
import { sourceOfSignal } from '../score/signal-fields';
import { sourceText, sourcesText } from '../lib/source-text';
import { PILLARS, type SignalSource } from '../score/types';

const language = (): Language => (uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en');

/** Where the data came from, by name: "the api.github.com API", "read from the page on 12 Mar, 14 posts seen". */
function sourceNames(entry: ScoredEntry): string {
  return sourcesText(entry.signals.sources, networkInfo(entry.signals.network)?.apiWithSession === true);
}

/** Where a value came from: "API, 2 hours ago" or "read from the page on 12 Mar, 14 posts seen". */
function SourceNote({ source }: { source: SignalSource | undefined }) {
  if (!source) return null;
  const text = source.kind === 'page' ? sourceText(source) : t('sourceApiAt', relativeTime(Date.parse(source.at), Date.now()));
  return <span class="source">{text}</span>;
}

function Scored({ entry }: { entry: ScoredEntry }) {
  const { result } = entry;
  const lang = language();
  const explanation = lang === 'en' ? result.explanation : explain(scoreDetailed(entry.signals), lang);
  return (
    <>
      <div class="summary">
        <p class="score" data-score={result.score} aria-label={t('popupScoreAria', result.score)}>
          {result.score}
          <small>/100</small>
        </p>
        <div>
          <p>
            {t('popupConfidence', Math.round(result.confidence * 100))}{' '}
            <meter min={0} max={1} value={result.confidence} aria-hidden="true" />
          </p>
          <p class="muted" data-age>
            {t('popupDataAge', relativeTime(entry.fetchedAt, Date.now()), sourceNames(entry))}
            {entry.stale && ` · ${t('cardStale')}`}
          </p>
        </div>
      </div>
      {entry.apiWithheld && (
        <p class="api-withheld muted" role="note">
          {t('popupApiWithheld', entry.apiWithheld)}
        </p>
      )}
      {result.authenticity.verdict === 'suspicious' ? (
        <div class="warning" role="note">
          <p>{t('popupSuspicious', Math.round(result.authenticity.risk * 100))}</p>
          <ul>
            {result.authenticity.flags.map((flag) => (
              <li key={flag}>{flagLabel(flag, lang)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="muted">{t(result.authenticity.verdict === 'ok' ? 'popupAuthenticOk' : 'popupAuthenticUnknown')}</p>
      )}
      {PILLARS.filter((pillar) => result.pillars[pillar].signals.length > 0).map((pillar) => {
        const { score, weight, signals } = result.pillars[pillar];
        return (
          <section class="pillar" key={pillar} data-pillar={pillar}>
            <h3>
              {PILLAR_LABELS[pillar][lang]} <span class="muted">{t('popupPillarShare', score, Math.round(weight * 100))}</span>
            </h3>
            <div class="bar" role="img" aria-label={t('popupPillarBar', PILLAR_LABELS[pillar][lang], score)}>
              <span style={{ width: `${score}%` }} />
            </div>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('popupSignal')}</th>
                  <th scope="col">{t('popupValue')}</th>
                  <th scope="col">{t('popupPoints')}</th>
                </tr>
              </thead>
              <tbody>
                {signals.map((signal) => (
                  <tr key={signal.name} data-signal={signal.name}>
                    <th scope="row">
                      {signalLabel(signal.name, lang)}
                      <SourceNote source={sourceOfSignal(signal.name, entry.provenance)} />
                    </th>
                    <td>{formatNumber(signal.value)}</td>
                    <td class={signal.contribution >= 0 ? 'up' : 'down'}>{formatPoints(signal.contribution)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <details>
        <summary>{t('popupHowComputed')}</summary>
        <ul class="explanation">
          {explanation.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <p class="muted">{t('popupFormula', result.formulaVersion)}</p>
      </details>
    </>
  );
}

export function Breakdown({ refValue, entry, onRefresh }: { refValue: ProfileRef; entry: SettledEntry; onRefresh(): void }) {
  const network = networkInfo(refValue.network);
  return (
    <section class="breakdown" aria-labelledby="profile-title" data-profile={entry.key} data-state={entry.state}>
      <h2 id="profile-title">
        <a href={network?.profileUrl(refValue.handle)} target="_blank" rel="noopener noreferrer">
          @{refValue.handle}
        </a>{' '}
        <span class="muted">{network?.label ?? refValue.network}</span>
      </h2>
      {entry.state === 'scored' && entry.display?.name && <p class="name">{entry.display.name}</p>}
      {entry.state === 'scored' && entry.display?.bio && <p class="muted bio">{entry.display.bio}</p>}
      {entry.state === 'scored' && <VerifiedLinks links={entry.display?.verifiedLinks} />}
      {entry.state === 'scored' && <OwnProfile profile={refValue} />}
      {entry.state === 'scored' && <Scored entry={entry} />}
      {entry.state === 'unavailable' && (
        <div role="status">
          <p>{t('cardUnavailable')}</p>
          <p class="muted">{entry.reason}</p>
        </div>
      )}
      {entry.state === 'error' && (
        <div role="alert">
          <p>{t('cardError')}</p>
          <p class="muted">{entry.reason}</p>
          <p class="muted">{entry.retryAt ? t('cardRetriesAt', clockTime(entry.retryAt)) : t('cardRetriesLater')}</p>
        </div>
      )}
      <button type="button" onClick={onRefresh}>
        {t('popupRefresh')}
      </button>
    </section>
  );
}
