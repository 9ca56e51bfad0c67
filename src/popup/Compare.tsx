// Up to four profiles side by side: score, each pillar (a bar, with its number as text), how
// sure the score is and the authenticity verdict. A table, so that a screen reader can read it
// row by row or profile by profile. Profiles come typed as network:handle, from a list, or
// from recent look-ups (whoever keeps those passes them in `recent`).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { COMPARE_AT_MOST } from '../lib/lists';
import { refOfKey } from '../lib/profile-ref';
import { sendRequest } from '../lib/messages';
import { knownNetworks, networkInfo } from '../lib/networks';
import { displayHandle, parseProfileKey, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { ScoredEntry, SettledEntry } from '../lib/score-entry';
import { type Language } from '../score/labels';
import { PILLAR_LABELS } from '../score/pillar-labels';
import { PILLARS } from '../score/types';
import { useLists } from './use-lists';

type Column = { state: 'loading' } | { state: 'done'; entry: SettledEntry } | { state: 'failed'; message: string };

const language = (): Language => (uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en');
const percent = (fraction: number) => t('comparePercent', Math.round(fraction * 100));

function verdictText(entry: ScoredEntry): string {
  const { verdict, risk } = entry.result.authenticity;
  if (verdict === 'suspicious') return t('compareVerdictSuspicious', Math.round(risk * 100));
  return t(verdict === 'ok' ? 'compareVerdictOk' : 'compareVerdictUnknown');
}

/** One cell of a row: the scored entry's value, or why there is none. */
function Cell({ column, refKey, row, render }: { column: Column | undefined; refKey: string; row: string; render(entry: ScoredEntry): ComponentChildren }) {
  let content: ComponentChildren;
  if (!column || column.state === 'loading') content = <span class="muted">{t('compareLoading')}</span>;
  else if (column.state === 'failed' || column.entry.state !== 'scored') content = <span class="muted">{t('compareNoScore')}</span>;
  else content = render(column.entry);
  return (
    <td data-profile={refKey} data-row={row}>
      {content}
    </td>
  );
}

function PillarValue({ score }: { score: number | null }) {
  if (score === null) return <span class="muted">{t('compareNoData')}</span>;
  return (
    <>
      <span class="number">{score}</span>
      <span class="bar" aria-hidden="true">
        <span style={{ width: `${score}%` }} />
      </span>
    </>
  );
}

/** What may be picked from a select: recent look-ups and the profiles on each list. */
function Picker({ recent, onPick }: { recent: readonly ProfileRef[]; onPick(ref: ProfileRef): void }) {
  const lists = useLists() ?? [];
  const [value, setValue] = useState('');
  if (recent.length === 0 && lists.every((list) => list.entries.length === 0)) return null;
  const option = (key: string) => (
    <option key={key} value={key}>
      {`${displayHandle(refOfKey(key))} (${networkInfo(refOfKey(key).network)?.label ?? refOfKey(key).network})`}
    </option>
  );
  return (
    <form
      class="row compare-pick"
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onPick(refOfKey(value));
      }}
    >
      <select id="compare-pick" aria-label={t('comparePickLabel')} value={value} onChange={(event) => setValue((event.target as HTMLSelectElement).value)}>
        <option value="">{t('comparePickNone')}</option>
        {recent.length > 0 && <optgroup label={t('compareRecent')}>{recent.map((ref) => option(profileKey(ref)))}</optgroup>}
        {lists
          .filter((list) => list.entries.length > 0)
          .map((list) => (
            <optgroup key={list.name} label={list.name}>
              {list.entries.map((entry) => option(entry.key))}
            </optgroup>
          ))}
      </select>
      <button type="submit">{t('compareAddButton')}</button>
    </form>
  );
}

export function Compare({ refs, onChange, recent = [] }: { refs: readonly ProfileRef[]; onChange(refs: ProfileRef[]): void; recent?: readonly ProfileRef[] }) {
  const [columns, setColumns] = useState<Record<string, Column>>({});
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const lang = language();
  const keys = refs.map(profileKey);

  useEffect(() => {
    for (const ref of refs) {
      const key = profileKey(ref);
      if (columns[key] && columns[key].state !== 'failed') continue;
      setColumns((current) => ({ ...current, [key]: { state: 'loading' } }));
      const settle = (column: Column) => setColumns((current) => ({ ...current, [key]: column }));
      sendRequest('score.resolve', { ref }).then(
        (answer) => settle('error' in answer ? { state: 'failed', message: answer.error } : { state: 'done', entry: answer.entry }),
        (error: Error) => settle({ state: 'failed', message: error.message }),
      );
    }
  }, [keys.join(' ')]);

  function add(ref: ProfileRef): boolean {
    const key = profileKey(ref);
    if (keys.includes(key)) setProblem(t('compareAlready', displayHandle(ref)));
    else if (refs.length >= COMPARE_AT_MOST) setProblem(t('compareTooMany'));
    else {
      setProblem('');
      onChange([...refs, ref]);
      return true;
    }
    return false;
  }

  function submit(event: Event): void {
    event.preventDefault();
    const ref = parseProfileKey(text);
    if (!ref) setProblem(t('lookupInvalid', knownNetworks().map((network) => `${network.id}:`).join(', ')));
    else if (add(ref)) setText('');
  }

  function remove(key: string): void {
    setProblem('');
    onChange(refs.filter((ref) => profileKey(ref) !== key));
  }

  const cells = (row: string, render: (entry: ScoredEntry) => ComponentChildren) =>
    keys.map((key) => <Cell key={key} column={columns[key]} refKey={key} row={row} render={render} />);

  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compareTitle')}</h2>
      <p class="muted">{t('compareHelp')}</p>
      <form class="row" onSubmit={submit}>
        <input
          id="compare-input"
          type="text"
          value={text}
          placeholder="github:octocat"
          autocomplete="off"
          spellcheck={false}
          aria-label={t('compareAddLabel')}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby="compare-problem"
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('compareAddButton')}</button>
      </form>
      <Picker recent={recent} onPick={add} />
      <p id="compare-problem" class="error" role="alert">
        {problem}
      </p>
      {refs.length < 2 && <p class="muted">{t('compareEmpty')}</p>}
      {refs.length > 0 && (
        <table class="compare-table">
          <caption>{t('compareCaption', refs.length)}</caption>
          <thead>
            <tr>
              <td />
              {refs.map((ref, index) => (
                <th key={keys[index]} scope="col" data-profile={keys[index]}>
                  <span class="handle">{displayHandle(ref)}</span>
                  <span class="muted">{networkInfo(ref.network)?.label ?? ref.network}</span>
                  <button type="button" class="small" aria-label={t('compareRemove', displayHandle(ref))} onClick={() => remove(keys[index])}>
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-row="score">
              <th scope="row">{t('compareScore')}</th>
              {cells('score', (entry) => <strong class="number">{entry.result.score}</strong>)}
            </tr>
            {PILLARS.map((pillar) => (
              <tr key={pillar} data-row={pillar}>
                <th scope="row">{PILLAR_LABELS[pillar][lang]}</th>
                {cells(pillar, (entry) => <PillarValue score={entry.result.pillars[pillar].signals.length > 0 ? entry.result.pillars[pillar].score : null} />)}
              </tr>
            ))}
            <tr data-row="confidence">
              <th scope="row">{t('compareConfidence')}</th>
              {cells('confidence', (entry) => (
                <>
                  <span class="number">{percent(entry.result.confidence)}</span>
                  <meter min={0} max={1} value={entry.result.confidence} aria-hidden="true" />
                </>
              ))}
            </tr>
            <tr data-row="verdict">
              <th scope="row">{t('compareVerdict')}</th>
              {cells('verdict', (entry) => <span data-verdict={entry.result.authenticity.verdict}>{verdictText(entry)}</span>)}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
