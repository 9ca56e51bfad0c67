// An own profile's score over time: a line drawn in SVG (no chart library: the popup stays
// small), the period chosen with a segmented control (7, 30, 90 days, all), the change over
// each period as Klout showed it ("+3 in 7 days"), and the days the score moved notably with
// the signal that moved it. Screen readers get the numbers: the chart's label states them and
// a visually hidden table lists every day.
import { useState } from 'preact/hooks';
import type { Snapshot } from '../background/history';
import { t } from '../lib/i18n';
import { PERIODS, changeOver, chartLayout, dayOf, inPeriod, notableChanges, periodStart, type NotableChange, type Period } from '../lib/history-stats';
import { signalLabel } from '../score/labels';
import { dayLabel, labelLanguage, number, points, signedChange } from './intl';

const WIDTH = 340;
const HEIGHT = 120;
/** Room for the score labels on the left and the dates below. */
const PLOT = { left: 24, right: 6, top: 6, bottom: 18 };

const periodLabel = (period: Period) => (period === 'all' ? t('historyPeriodAll') : t('historyPeriodDays', period));

function changeText(snapshots: readonly Snapshot[], period: Period, today: string): string {
  const change = changeOver(snapshots, period, today);
  if (!change) return period === 'all' ? '' : t('historyChangeUnknown', period);
  if (period === 'all' || change.partial) return t('historyChangeSince', signedChange(change.delta), dayLabel(change.from.date));
  return t('historyChangeIn', signedChange(change.delta), period);
}

/** Each period's change, once: a history shorter than 90 days says "+14 since 28 Sep" for 90 days and for all alike. */
function changeTexts(snapshots: readonly Snapshot[], today: string): { option: Period; text: string }[] {
  const texts = PERIODS.map((option) => ({ option, text: changeText(snapshots, option, today) }));
  return texts.filter(({ text }, index) => text && texts.findIndex((other) => other.text === text) === index);
}

function notableText(change: NotableChange): string {
  const head = [dayLabel(change.to.date), signedChange(change.delta), change.from.score, change.to.score] as const;
  const driver = change.driver;
  if (!driver) return t('historyNotablePlain', ...head);
  const name = signalLabel(driver.signal, labelLanguage());
  return driver.by === 'contribution'
    ? t('historyNotableBy', ...head, name, points(driver.points))
    : t('historyNotableByValue', ...head, name, number(driver.before), number(driver.after));
}

function Chart({ shown, period, today }: { shown: Snapshot[]; period: Period; today: string }) {
  const width = WIDTH - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  const { points: marks, low, high } = chartLayout(shown, period, today, width, height);
  if (marks.length === 0) return <p class="muted">{t('historyChartEmpty')}</p>;
  const scores = shown.map((s) => s.score);
  const [first, last] = [shown[0], shown.at(-1)!];
  const over = period === 'all' ? t('historyOverAll') : t('historyOverDays', period);
  const label = t('historyChartAria', over, shown.length, first.score, dayLabel(first.date), last.score, dayLabel(last.date), Math.min(...scores), Math.max(...scores));
  const startDay = periodStart(period, today) ?? first.date;
  const line = marks.map((p) => `${p.x},${p.y}`).join(' ');
  return (
    <svg class="history-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <g transform={`translate(${PLOT.left} ${PLOT.top})`}>
        <line class="axis" x1={0} y1={height} x2={width} y2={height} />
        <line class="grid" x1={0} y1={0} x2={width} y2={0} />
        <text class="tick" x={-4} y={4} text-anchor="end">
          {high}
        </text>
        <text class="tick" x={-4} y={height} text-anchor="end">
          {low}
        </text>
        <text class="tick" x={0} y={height + 13}>
          {dayLabel(startDay)}
        </text>
        <text class="tick" x={width} y={height + 13} text-anchor="end">
          {dayLabel(today)}
        </text>
        {marks.length > 1 && <polyline class="line" points={line} />}
        {marks.map((p) => (
          <circle key={p.snapshot.date} class="dot" cx={p.x} cy={p.y} r={2.5} />
        ))}
      </g>
    </svg>
  );
}

export function HistoryChart({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const [period, setPeriod] = useState<Period>(30);
  const today = dayOf(Date.now());
  const shown = inPeriod(snapshots, period, today);
  const start = periodStart(period, today);
  const notable = notableChanges(snapshots).filter((change) => start === undefined || change.to.date >= start);
  return (
    <section class="history" aria-labelledby="history-title" data-period={period}>
      <h3 id="history-title">{t('historyTitle')}</h3>
      <fieldset class="segmented">
        <legend class="visually-hidden">{t('historyPeriod')}</legend>
        {PERIODS.map((option) => (
          <span key={option}>
            <input type="radio" name="history-period" id={`history-period-${option}`} value={String(option)} checked={period === option} onChange={() => setPeriod(option)} />
            <label for={`history-period-${option}`}>{periodLabel(option)}</label>
          </span>
        ))}
      </fieldset>
      <ul class="history-changes">
        {changeTexts(snapshots, today).map(({ option, text }) => (
          <li key={option} data-period-change={option} aria-current={option === period ? 'true' : undefined}>
            {text}
          </li>
        ))}
      </ul>
      <Chart shown={shown} period={period} today={today} />
      <table class="visually-hidden">
        <caption>{t('historyTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyDay')}</th>
            <th scope="col">{t('historyScore')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((snapshot) => (
            <tr key={snapshot.date} data-history-day={snapshot.date}>
              <th scope="row">{dayLabel(snapshot.date)}</th>
              <td>{snapshot.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('historyNotableTitle')}</h4>
      {notable.length === 0 ? (
        <p class="muted">{t('historyNoNotable')}</p>
      ) : (
        <ul class="history-notable">
          {notable.map((change) => (
            <li key={change.to.date} data-notable={change.to.date} data-signal={change.driver?.signal}>
              {notableText(change)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
