// Look up any profile: `network:handle`, the address of a profile page, or a pasted handle
// whose network is guessed from its shape (src/lib/guess-profile.ts); where a handle fits
// several networks, the user picks one. The last ten look-ups are kept as buttons.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MAX_RECENT_LOOKUPS, RECENT_LOOKUPS_KEY, parseRecentLookups, rememberLookup } from '../lib/recent-lookups';
import { t } from '../lib/i18n';
import { knownNetworks, networkInfo } from '../lib/networks';
import { displayHandle, normaliseRef, type ProfileRef } from '../lib/profile-ref';
import './breakdown.css';

const labelOf = (network: string) => networkInfo(network)?.label ?? network;

/**
 * The guessing, loaded once the user starts typing: a popup opened only to read a profile never
 * needs it, and by the time the form is sent it is there.
 */
let guessing: Promise<typeof import('../lib/guess-profile')> | undefined;
const loadGuessing = () => (guessing ??= import('../lib/guess-profile'));

export function Lookup({ onLookup }: { onLookup(ref: ProfileRef): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [choice, setChoice] = useState<{ handle: string; networks: string[] } | null>(null);
  const [recent, setRecent] = useState<ProfileRef[]>([]);
  const examples = knownNetworks().map((network) => `${network.id}:`).join(', ');

  useEffect(() => {
    void browser.storage.local.get(RECENT_LOOKUPS_KEY).then((stored) => setRecent(parseRecentLookups(stored[RECENT_LOOKUPS_KEY])), () => {});
  }, []);

  function lookUp(ref: ProfileRef): void {
    setProblem('');
    setChoice(null);
    const next = rememberLookup(recent, ref);
    setRecent(next);
    void browser.storage.local.set({ [RECENT_LOOKUPS_KEY]: next.slice(0, MAX_RECENT_LOOKUPS).map((r) => `${r.network}:${r.handle}`) }).catch(() => {});
    onLookup(ref);
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const { guessProfile } = await loadGuessing();
    const guess = await guessProfile(text);
    if (guess.kind === 'profile') lookUp(guess.ref);
    else if (guess.kind === 'choose') {
      setProblem('');
      setChoice({ handle: guess.handle, networks: guess.networks });
    } else {
      setChoice(null);
      setProblem(t('lookupInvalidAny', examples));
    }
  }

  return (
    <div class="lookup-area">
      <form class="lookup" onSubmit={(event) => void submit(event)} role="search">
        <label for="lookup-input">{t('lookupLabel')}</label>
        <p id="lookup-help" class="muted">
          {t('lookupHelp')}
        </p>
        <div class="row">
          <input
            id="lookup-input"
            type="text"
            value={text}
            placeholder="github:octocat"
            autocomplete="off"
            spellcheck={false}
            aria-invalid={problem ? 'true' : 'false'}
            aria-describedby="lookup-help lookup-problem"
            onInput={(event) => {
              void loadGuessing();
              setText((event.target as HTMLInputElement).value);
            }}
          />
          <button type="submit">{t('lookupButton')}</button>
        </div>
        <p id="lookup-problem" class="error" aria-live="polite">
          {problem}
        </p>
      </form>
      {choice && (
        <div class="lookup-choice" role="group" aria-labelledby="lookup-choice-title" data-handle={choice.handle}>
          <p id="lookup-choice-title">{t('lookupChoose', displayHandle({ network: '', handle: choice.handle }))}</p>
          <div class="chips">
            {choice.networks.map((network) => (
              <button key={network} type="button" data-network={network} onClick={() => lookUp(normaliseRef({ network, handle: choice.handle }))}>
                {labelOf(network)}
              </button>
            ))}
          </div>
        </div>
      )}
      {recent.length > 0 && (
        <div class="lookup-recent" role="group" aria-labelledby="lookup-recent-title">
          <p id="lookup-recent-title" class="muted">
            {t('lookupRecent')}
          </p>
          <div class="chips">
            {recent.map((ref) => (
              <button
                key={`${ref.network}:${ref.handle}`}
                type="button"
                data-recent={`${ref.network}:${ref.handle}`}
                onClick={() => lookUp(ref)}
              >
                {displayHandle(ref)} <span class="muted">{labelOf(ref.network)}</span>
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
