// The four pillars as bars: each one's score, its share of the final score and the points it
// adds, in words too; then, pillar by pillar, every signal with its value, its points and where
// the value came from.
import { relativeTime } from '../lib/format';
import { t } from '../lib/i18n';
import type { ScoredEntry } from '../lib/score-entry';
import { sourceText } from '../lib/source-text';
import { signalLabel } from '../score/labels';
import { PILLAR_LABELS } from '../score/pillar-labels';
import { sourceOfSignal } from '../score/signal-fields';
import { PILLARS, type PillarResult, type SignalSource } from '../score/types';
import { labelLanguage, number, percent, points } from './intl';

/** Where a value came from: "API, 2 hours ago" or "read from the page on 12 Mar, 14 posts seen". */
function SourceNote({ source }: { source: SignalSource | undefined }) {
  if (!source) return null;
  const text = source.kind === 'page' ? sourceText(source) : t('sourceApiAt', relativeTime(Date.parse(source.at), Date.now()));
  return <span class="source">{text}</span>;
}

const pillarPoints = (pillar: PillarResult) => pillar.signals.reduce((sum, s) => sum + s.contribution, 0);

export function PillarBars({ entry }: { entry: ScoredEntry }) {
  const lang = labelLanguage();
  return (
    <section class="pillars" aria-labelledby="pillars-title">
      <h3 id="pillars-title">{t('popupPillarsTitle')}</h3>
      <ul>
        {PILLARS.map((name) => {
          const pillar = entry.result.pillars[name];
          const label = PILLAR_LABELS[name][lang];
          const known = pillar.signals.length > 0;
          const line = known ? t('popupPillarLine', pillar.score, percent(pillar.weight), points(pillarPoints(pillar))) : t('popupPillarUnknown');
          const aria = known
            ? t('popupPillarAria', label, pillar.score, percent(pillar.weight), points(pillarPoints(pillar)))
            : t('popupPillarUnknownAria', label);
          return (
            <li key={name} data-pillar-bar={name} data-known={known ? 'true' : 'false'}>
              <span class="pillar-name">{label}</span>
              <span class="pillar-text muted" data-share={pillar.weight}>
                {line}
              </span>
              <div class="bar" role="img" aria-label={aria}>
                <span style={{ width: `${known ? pillar.score : 0}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function SignalTables({ entry }: { entry: ScoredEntry }) {
  const lang = labelLanguage();
  return (
    <>
      {PILLARS.filter((name) => entry.result.pillars[name].signals.length > 0).map((name) => {
        const { score, signals } = entry.result.pillars[name];
        return (
          <section class="pillar" key={name} data-pillar={name}>
            <h3>
              {PILLAR_LABELS[name][lang]} <span class="muted">{score}/100</span>
            </h3>
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
                    <td>{number(signal.value)}</td>
                    <td class={signal.contribution >= 0 ? 'up' : 'down'}>{points(signal.contribution)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
