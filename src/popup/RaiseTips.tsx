// "What would raise it": the two or three signals with the most room, each in plain words with
// the points it would add (src/score/room.ts computes them with the engine itself).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ScoredEntry } from '../lib/score-entry';
import { signalLabel } from '../score/labels';
import type { Room } from '../score/room';
import { labelLanguage, number } from './intl';

/** A message if the locale has it, else undefined (t() answers a missing key with the key itself). */
function message(key: string, ...args: (string | number)[]): string | undefined {
  const text = t(key, ...args);
  return text === key ? undefined : text;
}

/** "Post more often: 1.8 posts a day would add about 3 points." A network may word a signal its own way. */
export function raiseSentence(room: Room, network: string): string {
  const gain = room.gain === 1 ? t('raisePoint') : t('raisePoints', number(room.gain));
  const target = number(room.target);
  return (
    message(`raise_${room.signal}_${network}`, target, gain) ??
    message(`raise_${room.signal}`, target, gain) ??
    t('raise_generic', signalLabel(room.signal, labelLanguage()), target, gain)
  );
}

export function RaiseTips({ entry }: { entry: ScoredEntry }) {
  const [rooms, setRooms] = useState<Room[] | null>(null);
  // Computed after the score is on screen (it scores the profile again for each signal), from a module loaded then.
  useEffect(() => {
    let current = true;
    void import('../score/room').then(({ roomToGrow }) => current && setRooms(roomToGrow(entry.signals, 3)));
    return () => {
      current = false;
    };
  }, [entry]);
  return (
    <section class="raise" aria-labelledby="raise-title" aria-busy={rooms === null ? 'true' : 'false'} data-ready={rooms !== null ? 'true' : undefined}>
      <h3 id="raise-title">{t('popupRaiseTitle')}</h3>
      {rooms === null ? null : rooms.length === 0 ? (
        <p class="muted">{t('popupRaiseNone')}</p>
      ) : (
        <ul>
          {rooms.map((room) => (
            <li key={room.signal} data-raise={room.signal} data-gain={room.gain}>
              {raiseSentence(room, entry.signals.network)}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{t('popupRaiseNote')}</p>
    </section>
  );
}
