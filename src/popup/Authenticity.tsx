// Is the audience real? The verdict, and each flag the rules raised explained in a sentence
// (labels.ts has the short phrases; the sentences say why the flag matters).
import { t } from '../lib/i18n';
import { flagLabel } from '../score/labels';
import type { Authenticity as AuthenticityResult } from '../score/types';
import { labelLanguage } from './intl';

/** 'mass-following' → the message 'flagMassFollowing'; a flag without a sentence keeps its short label. */
export function flagSentence(flag: string): string {
  const key = `flag${flag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
  const sentence = t(key);
  return sentence === key ? flagLabel(flag, labelLanguage()) : sentence;
}

function Flags({ flags }: { flags: string[] }) {
  return (
    <ul class="flags">
      {flags.map((flag) => (
        <li key={flag} data-flag={flag}>
          {flagSentence(flag)}
        </li>
      ))}
    </ul>
  );
}

export function Authenticity({ authenticity }: { authenticity: AuthenticityResult }) {
  const { verdict, risk, flags } = authenticity;
  if (verdict === 'suspicious') {
    return (
      <div class="warning authenticity" role="note" data-verdict={verdict}>
        <p>{t('popupSuspicious', Math.round(risk * 100))}</p>
        <Flags flags={flags} />
      </div>
    );
  }
  return (
    <div class="authenticity" data-verdict={verdict}>
      <p class="muted">{t(verdict === 'ok' ? 'popupAuthenticOk' : 'popupAuthenticUnknown')}</p>
      {flags.length > 0 && (
        <>
          <p class="muted">{t('popupFlagsNoted')}</p>
          <Flags flags={flags} />
        </>
      )}
    </div>
  );
}
