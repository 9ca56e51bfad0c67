// The audience audit of a Bluesky or Mastodon profile: how many of its newest followers look
// genuine, suspicious or inactive. The background does the reading (and resumes it after a
// restart); this view starts, polls, cancels and shows the report, and exports it.
// Loaded on demand (lazy-views.tsx): the report's code stays out of the popup's first load.
import { useEffect, useRef, useState } from 'preact/hooks';
import { auditCsv, auditJson } from '../audit/export';
import type { AuditReport } from '../audit/report';
import { FALSE_POSITIVE_RATE, TRUE_POSITIVE_RATE, type AudienceBand } from '../audit/typical';
import type { AuditView } from '../lib/audit-view';
import { t, uiLanguage } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import { networkInfo } from '../lib/networks';
import { displayHandle, profileKey, type ProfileRef } from '../lib/profile-ref';
import { flagLabel } from '../score/labels';
import { downloadText } from './download';
import { labelLanguage, number, percent } from './intl';
import './audit.css';

export const AUDIT_SAMPLE_SIZES = [500, 1000, 2000, 5000] as const;
const DEFAULT_SAMPLE = 2000;
const POLL_MS = 500;
const CLASSES = ['genuine', 'suspicious', 'inactive'] as const;
const BAND_MESSAGES: Record<Exclude<AudienceBand, 'unknown'>, string> = {
  '<1k': 'auditBandBelow1k',
  '1k-10k': 'auditBand1kTo10k',
  '10k-100k': 'auditBand10kTo100k',
  '>=100k': 'auditBandAbove100k',
};

/** "60–64%": an interval as whole percents. */
const range = (low: number, high: number) => t('auditRange', number(Math.round(low * 100)), number(Math.round(high * 100)));

/** The data attributes tests and users' scripts read: each class's share and 95% interval, 0..1. */
function shareAttributes(report: AuditReport | undefined): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const kind of CLASSES) {
    const share = report?.shares[kind];
    out[`data-${kind}`] = share?.share;
    out[`data-${kind}-low`] = share?.low;
    out[`data-${kind}-high`] = share?.high;
  }
  return out;
}

function auditDate(view: AuditView): string {
  const at = view.finishedAt ?? (view.report?.at ? Date.parse(view.report.at) : view.startedAt);
  return new Date(at).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' });
}

function Report({ view, report }: { view: AuditView; report: AuditReport }) {
  const lang = labelLanguage();
  const base = `influence-audit-${report.target.network}-${report.target.handle.replace(/[^\w.-]+/g, '_')}`;
  const flags = Object.entries(report.flags).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const unknown = report.counts.unknown;
  const { typical, bought } = report;
  return (
    <>
      {report.evidence === 'list' && <p class="audit-evidence" data-evidence="list">{t('auditListEvidence', number(report.sampled))}</p>}
      <p class="audit-sample">
        {report.evidence === 'list' ? t('auditListSample', number(report.sampled)) : report.wholeAudience ? t('auditSampleWhole', number(report.sampled)) : t('auditSampleNewest', number(report.sampled))}
      </p>
      {!report.complete && <p class="muted">{t('auditStoppedEarly', number(report.sampled), number(report.sampleSize))}</p>}
      {report.judged === 0 ? (
        <p>{t('auditNoneJudged')}</p>
      ) : (
        <ul class="audit-shares">
          {CLASSES.map((kind) => {
            const share = report.shares[kind];
            // From a followers list inactivity is unknown: it has no share (auditListEvidence says so).
            if (!share) return null;
            return (
              <li key={kind} data-class={kind}>
                {t(`audit_${kind}`, percent(share.share), range(share.low, share.high))}
              </li>
            );
          })}
        </ul>
      )}
      {unknown > 0 && <p class="muted">{t('auditUnknown', number(unknown))}</p>}
      {bought && (
        <div class="audit-bought" data-bought={bought.share} data-bought-low={bought.low} data-bought-high={bought.high}>
          <p>
            <strong>{t('auditBought', percent(bought.share), range(bought.low, bought.high))}</strong>
          </p>
          <p class="muted">{t('auditBoughtExplained', percent(1 - TRUE_POSITIVE_RATE), new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 1 }).format(FALSE_POSITIVE_RATE))}</p>
        </div>
      )}
      <h4>{t('auditFlagsTitle')}</h4>
      {flags.length === 0 ? (
        <p class="muted">{t('auditNoFlags')}</p>
      ) : (
        <ul class="audit-flags">
          {flags.map(([flag, count]) => (
            <li key={flag} data-flag={flag} data-count={count}>
              {t('auditFlagCount', flagLabel(flag, lang), number(count))}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('auditTypicalTitle')}</h4>
      <p class="audit-typical" data-band={typical.band}>
        {typical.band === 'unknown' || typical.genuineShare === undefined
          ? t('auditTypicalUnknown')
          : t('auditTypical', t(BAND_MESSAGES[typical.band]), percent(typical.genuineShare))}
      </p>
      {/* The report's source sentence stays English (it is data, in the JSON export); the popup says it in the UI's language. */}
      {typical.band !== 'unknown' && <p class="muted audit-source">{t('auditSourceEstimate')}</p>}
      <p class="muted audit-date">{t('auditDate', auditDate(view))}</p>
      <div class="audit-export">
        <button type="button" onClick={() => downloadText(`${base}.csv`, 'text/csv;charset=utf-8', auditCsv(report))}>
          {t('auditExportCsv')}
        </button>
        <button type="button" onClick={() => downloadText(`${base}.json`, 'application/json', auditJson(report))}>
          {t('auditExportJson')}
        </button>
      </div>
    </>
  );
}

export function Audit({ profile }: { profile: ProfileRef }) {
  const key = profileKey(profile);
  const [view, setView] = useState<AuditView | null | undefined>(undefined);
  const [sampleSize, setSampleSize] = useState<number>(DEFAULT_SAMPLE);
  const [busy, setBusy] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const previous = useRef<AuditView['state'] | undefined>(undefined);
  /** The user just started an audit: the Cancel button that replaces the start button takes the focus. */
  const started = useRef(false);

  const failed = (error: unknown): AuditView => ({
    key,
    state: 'error',
    error: error instanceof Error ? error.message : String(error),
    progress: { read: 0, classified: 0, requests: 0, sampleSize },
    startedAt: Date.now(),
  });

  // The audit kept for this profile, if any (a running one continues in the background).
  useEffect(() => {
    let live = true;
    sendRequest('audit.get', { ref: profile }).then(
      (answer) => live && setView(answer.audit),
      () => live && setView(null),
    );
    return () => {
      live = false;
    };
  }, [key]);

  // While it runs: ask again every half second.
  useEffect(() => {
    if (view?.state !== 'running') return;
    const timer = setTimeout(() => {
      sendRequest('audit.get', { ref: profile }).then((answer) => setView(answer.audit), (error: unknown) => setView(failed(error)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [view]);

  // Focus follows the control that replaced the one just used.
  useEffect(() => {
    const state = view?.state;
    if (previous.current !== state) {
      if (state === 'running' && started.current) cancelButton.current?.focus();
      else if (previous.current === 'running' && (state === 'done' || state === 'error')) resultHeading.current?.focus();
      else if (previous.current === 'running' && state === 'cancelled') startButton.current?.focus();
    }
    previous.current = state;
    started.current = false;
  }, [view?.state]);

  async function start(): Promise<void> {
    setBusy(true);
    started.current = true;
    try {
      const answer = await sendRequest('audit.start', { ref: profile, sampleSize });
      setView('error' in answer ? failed(new Error(answer.error)) : answer.audit);
    } catch (error) {
      setView(failed(error));
    } finally {
      setBusy(false);
    }
  }

  async function cancel(): Promise<void> {
    try {
      const answer = await sendRequest('audit.cancel', { ref: profile });
      setView(answer.audit);
    } catch (error) {
      setView(failed(error));
    }
  }

  /** The user is done scrolling the followers list: report what was read. */
  async function finishList(): Promise<void> {
    try {
      setView((await sendRequest('audit.finish', { ref: profile })).audit);
    } catch (error) {
      setView(failed(error));
    }
  }

  const running = view?.state === 'running';
  // X and Instagram: no followers API; the audit reads the followers list the user scrolls.
  const listUrl = networkInfo(profile.network)?.followersListUrl?.(profile.handle);
  const report = view?.report;
  const progress = view?.progress;
  const read = progress ? Math.min(progress.sampleSize, progress.read) : 0;
  const sampled = view?.state === 'running' ? progress?.classified : report?.sampled;

  return (
    <section class="audit" aria-labelledby="audit-title">
      <h3 id="audit-title">{t('auditTitle')}</h3>
      {!running && (
        <div class="audit-controls">
          <p class="muted">{t('auditIntro')}</p>
          <label for="audit-sample">{t('auditSampleSize')}</label>
          <select id="audit-sample" value={String(sampleSize)} onChange={(event) => setSampleSize(Number((event.target as HTMLSelectElement).value))}>
            {AUDIT_SAMPLE_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {size === DEFAULT_SAMPLE ? t('auditSampleDefault', number(size)) : t('auditSampleOption', number(size))}
              </option>
            ))}
          </select>
          <button type="button" ref={startButton} onClick={() => void start()} disabled={busy || view === undefined}>
            {t('auditStart')}
          </button>
        </div>
      )}
      {view && (
        <div
          class="audit-report"
          data-audit={view.key || key}
          data-audit-state={view.state}
          data-sampled={sampled}
          data-requests={progress?.requests}
          {...shareAttributes(report)}
        >
          {running && progress && listUrl && (
            <div class="audit-progress">
              <p id="audit-progress-text">
                {t('auditListScroll', number(progress.classified))} <a href={listUrl} target="_blank" rel="noreferrer">{t('auditListOpen')}</a>
              </p>
              <button type="button" ref={cancelButton} onClick={() => void finishList()}>
                {t('auditListFinish')}
              </button>
            </div>
          )}
          {running && progress && !listUrl && (
            <div class="audit-progress">
              <progress id="audit-progress" max={progress.sampleSize} value={read} aria-label={t('auditProgressLabel')} aria-describedby="audit-progress-text" />
              <p id="audit-progress-text">{t('auditProgress', number(read), number(progress.sampleSize), number(progress.requests))}</p>
              <button type="button" ref={cancelButton} onClick={() => void cancel()}>
                {t('auditCancel')}
              </button>
            </div>
          )}
          {view.state === 'error' && (
            <div role="alert">
              <h4 tabIndex={-1} ref={resultHeading}>
                {t('auditFailedTitle')}
              </h4>
              <p>{view.error ?? t('auditFailedUnknown')}</p>
            </div>
          )}
          {view.state === 'cancelled' && (
            <p class="muted" role="status">
              {t('auditCancelled', number(progress?.classified ?? 0))}
            </p>
          )}
          {view.state === 'done' && (
            <h4 tabIndex={-1} ref={resultHeading}>
              {t('auditResultsTitle', displayHandle(profile))}
            </h4>
          )}
          {(view.state === 'done' || view.state === 'cancelled') && report && <Report view={view} report={report} />}
        </div>
      )}
    </section>
  );
}
