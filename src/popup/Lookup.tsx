// Look up any profile as `network:handle`.
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { knownNetworks } from '../lib/networks';
import { parseProfileKey, type ProfileRef } from '../lib/profile-ref';

export function Lookup({ onLookup }: { onLookup(ref: ProfileRef): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const examples = knownNetworks().map((network) => `${network.id}:`).join(', ');

  function submit(event: Event): void {
    event.preventDefault();
    const ref = parseProfileKey(text);
    if (!ref) {
      setProblem(t('lookupInvalid', examples));
      return;
    }
    setProblem('');
    onLookup(ref);
  }

  return (
    <form class="lookup" onSubmit={submit} role="search">
      <label for="lookup-input">{t('lookupLabel')}</label>
      <div class="row">
        <input
          id="lookup-input"
          type="text"
          value={text}
          placeholder="github:octocat"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby="lookup-problem"
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('lookupButton')}</button>
      </div>
      <p id="lookup-problem" class="error" aria-live="polite">
        {problem}
      </p>
    </form>
  );
}
