// One profile explained: the score, large, and how sure it is; the authenticity verdict with
// each flag in a sentence; the four pillars and every signal with its value, points and
// source; what would raise it; and, for the user's own profiles, their history.
import { clockTime } from '../lib/format';
import { t } from '../lib/i18n';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ScoredEntry, SettledEntry } from '../lib/score-entry';
import { scoreDetailed } from '../score/engine';
import { explain } from '../score/explain';
import { Authenticity } from './Authenticity';
import { labelLanguage } from './intl';
import { LinkedProfiles } from './LinkedProfiles';
import { OwnProfile } from './OwnProfile';
import { PillarBars, SignalTables } from './Pillars';
import { RaiseTips } from './RaiseTips';
import { ScoreSummary } from './ScoreSummary';
import { VerifiedLinks } from './VerifiedLinks';
import './breakdown.css';

function Scored({ profile, entry }: { profile: ProfileRef; entry: ScoredEntry }) {
  const { result } = entry;
  const lang = labelLanguage();
  // The stored explanation is English; another language is worded again from the same numbers.
  const explanation = lang === 'en' ? result.explanation : explain(scoreDetailed(entry.signals), lang);
  return (
    <>
      <ScoreSummary entry={entry} />
      <OwnProfile profile={profile} />
      {entry.apiWithheld && (
        <p class="api-withheld muted" role="note">
          {t('popupApiWithheld', entry.apiWithheld)}
        </p>
      )}
      <Authenticity authenticity={result.authenticity} />
      <LinkedProfiles profile={profile} />
      <PillarBars entry={entry} />
      <RaiseTips entry={entry} />
      <SignalTables entry={entry} />
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
  const profileUrl = network?.profileUrl(refValue.handle);
  return (
    <section class="breakdown" aria-labelledby="profile-title" data-profile={entry.key} data-state={entry.state}>
      <h2 id="profile-title">
        <a href={profileUrl} target="_blank" rel="noopener noreferrer">
          @{refValue.handle}
        </a>{' '}
        <span class="muted">{network?.label ?? refValue.network}</span>
      </h2>
      {entry.state === 'scored' && entry.display?.name && <p class="name">{entry.display.name}</p>}
      {entry.state === 'scored' && entry.display?.bio && <p class="muted bio">{entry.display.bio}</p>}
      {entry.state === 'scored' && <VerifiedLinks links={entry.display?.verifiedLinks} />}
      {profileUrl && (
        <p class="profile-link">
          <a href={profileUrl} target="_blank" rel="noopener noreferrer" data-profile-link>
            {t('popupOpenProfile', network!.label)} ↗
          </a>
        </p>
      )}
      {entry.state === 'scored' && <Scored profile={refValue} entry={entry} />}
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
