// The same person's other profiles: the combined score across them, each profile with how its
// link was proved, its own score and the points it adds; links only claimed, shown apart and not
// counted; and a box to link another profile by hand (offered for any profile looked up: such a
// link is marked self-declared wherever it shows).
import { useEffect, useState } from 'preact/hooks';
import type { IdentityLink } from '../identity/types';
import { t } from '../lib/i18n';
import { linkText, networkLabel } from '../lib/identity-text';
import { refOfKey as refOf } from '../lib/profile-ref';
import { sendRequest } from '../lib/messages';
import { networkInfo } from '../lib/networks';
import { parseProfileKey, profileKey, type ProfileRef } from '../lib/profile-ref';
import type { IdentityView } from '../lib/score-entry';

/** Discovery runs in the background after the popup asked for the profile: asked again a few times. */
const POLLS = 8;
const POLL_MS = 1500;


function ProfileName({ profileKey: key }: { profileKey: string }) {
  const ref = refOf(key);
  const url = networkInfo(ref.network)?.profileUrl(ref.handle);
  return (
    <>
      <span class="muted">{networkLabel(key)}</span> {url ? <a href={url} target="_blank" rel="noopener noreferrer">@{ref.handle}</a> : <span>@{ref.handle}</span>}
    </>
  );
}

export function LinkedProfiles({ profile }: { profile: ProfileRef }) {
  const key = profileKey(profile);
  const [view, setView] = useState<IdentityView | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void sendRequest('identity.get', { ref: profile })
        .then((answer) => {
          setView(answer);
          if (++polls < POLLS) timer = setTimeout(ask, POLL_MS);
        })
        .catch(() => {});
    ask();
    return () => clearTimeout(timer);
  }, [key]);

  async function change(other: ProfileRef, link: boolean): Promise<void> {
    const answer = await sendRequest(link ? 'identity.link' : 'identity.unlink', { a: profile, b: other }).catch((error: Error) => ({ error: error.message }));
    if ('error' in answer) setProblem(answer.error);
    else setView(answer);
  }

  function submit(event: Event): void {
    event.preventDefault();
    const other = parseProfileKey(typed);
    if (!other || profileKey(other) === key) return setProblem(t('popupLinkInvalid'));
    setProblem('');
    setTyped('');
    void change(other, true);
  }

  if (!view) return null;
  const members = new Set(view.group);
  const proofOf = (member: string): IdentityLink | undefined =>
    view.links.find((l) => l.status !== 'claimed' && (l.a === member || l.b === member) && (l.a === key || l.b === key)) ??
    view.links.find((l) => l.status !== 'claimed' && (l.a === member || l.b === member));
  const claimed = view.links.filter((l) => l.status === 'claimed' && !(members.has(l.a) && members.has(l.b)));
  const parts = new Map(view.combined?.parts.map((part) => [part.key, part]) ?? []);

  return (
    <section class="linked-profiles" aria-labelledby="linked-title" data-group={view.group.join(',')}>
      <h3 id="linked-title">{t('popupLinkedTitle')}</h3>
      {view.combined && view.group.length > 1 ? (
        <p class="combined" data-combined-score={view.combined.score}>
          <strong>{t('popupCombined', view.combined.score, view.group.length, Math.round(view.combined.confidence * 100))}</strong>
        </p>
      ) : (
        <p class="muted">{t('popupLinkedNone')}</p>
      )}
      {view.group.length > 1 && (
        <ul class="linked">
          {view.group.map((member) => {
            const part = parts.get(member);
            const proof = member === key ? undefined : proofOf(member);
            return (
              <li key={member} data-linked-profile={member} data-proof={proof?.proof ?? ''}>
                <ProfileName profileKey={member} />
                {' · '}
                {part ? t('popupLinkedScore', part.score, part.contribution) : t('popupLinkedNotScored')}
                {proof && <div class="muted proof">{linkText(proof, proof.a === member ? proof.b : proof.a)}</div>}
                {proof?.status === 'self-declared' && (
                  <button type="button" onClick={() => void change(refOf(member), false)}>
                    {t('popupUnlink')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {claimed.length > 0 && (
        <>
          <p class="muted">{t('popupClaimedTitle')}</p>
          <ul class="claimed">
            {claimed.map((link) => {
              const other = link.a === key ? link.b : link.a;
              return (
                <li key={`${link.a} ${link.b}`} data-claimed-profile={other}>
                  <ProfileName profileKey={other} /> <span class="muted">{linkText(link, key)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <form class="link-form" onSubmit={submit}>
        <label>
          {t('popupLinkAdd')}{' '}
          <input type="text" value={typed} placeholder={t('popupLinkPlaceholder')} onInput={(event) => setTyped((event.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">{t('popupLinkButton')}</button>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
