// Names of signals, pillars and authenticity flags for people, in the extension's languages.
import type { Pillar } from './types';

export type Language = 'en' | 'de';

type Labels = Record<Language, string>;

export const PILLAR_LABELS: Record<Pillar, Labels> = {
  reach: { en: 'Reach', de: 'Reichweite' },
  amplification: { en: 'Amplification', de: 'Verstärkung' },
  network: { en: 'Network', de: 'Netzwerk' },
  activity: { en: 'Activity', de: 'Aktivität' },
};

export const SIGNAL_LABELS: Record<string, Labels> = {
  followers: { en: 'followers', de: 'Follower' },
  lists: { en: 'list memberships', de: 'Listenmitgliedschaften' },
  repostsReceivedPerDay: { en: 'reposts received a day', de: 'erhaltene Reposts pro Tag' },
  mentionsReceivedPerDay: { en: 'mentions received a day', de: 'erhaltene Erwähnungen pro Tag' },
  repliesReceivedPerDay: { en: 'replies received a day', de: 'erhaltene Antworten pro Tag' },
  likesReceivedPerDay: { en: 'likes received a day', de: 'erhaltene Likes pro Tag' },
  quotesReceivedPerDay: { en: 'quotes received a day', de: 'erhaltene Zitate pro Tag' },
  uniqueEngagers: { en: 'distinct accounts reacting', de: 'verschiedene reagierende Konten' },
  engagerMedianFollowers: { en: 'median audience of those reacting', de: 'mittleres Publikum der Reagierenden' },
  postsPerDay: { en: 'posts a day', de: 'Beiträge pro Tag' },
  posts: { en: 'posts in all', de: 'Beiträge insgesamt' },
  accountAgeYears: { en: 'account age in years', de: 'Kontoalter in Jahren' },
  stars: { en: 'stars on own repositories', de: 'Sterne auf eigenen Repositorys' },
  forks: { en: 'forks of own repositories', de: 'Forks eigener Repositorys' },
  repos: { en: 'public repositories', de: 'öffentliche Repositorys' },
};

export const FLAG_LABELS: Record<string, Labels> = {
  'follow-back-ratio': {
    en: 'follows back nearly everyone who follows it',
    de: 'folgt fast allen zurück, die ihm folgen',
  },
  'mass-following': { en: 'follows far more accounts than follow it', de: 'folgt weit mehr Konten, als ihm folgen' },
  'no-avatar': { en: 'has no profile picture', de: 'hat kein Profilbild' },
  'no-bio': { en: 'has no bio', de: 'hat keine Beschreibung' },
  'default-profile': { en: 'never customised its profile', de: 'hat sein Profil nie angepasst' },
  'silent-account': { en: 'has almost never posted', de: 'hat fast nie etwas gepostet' },
  'new-account': { en: 'is less than a month old', de: 'ist jünger als einen Monat' },
};

export function signalLabel(name: string, language: Language = 'en'): string {
  return SIGNAL_LABELS[name]?.[language] ?? name;
}

export function flagLabel(flag: string, language: Language = 'en'): string {
  return FLAG_LABELS[flag]?.[language] ?? flag;
}
