// Names of signals, pillars and authenticity flags for people, in the extension's languages.

export type Language = 'en' | 'de';

export type Labels = Record<Language, string>;

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
  engagementPerPost: { en: 'reactions received per post', de: 'erhaltene Reaktionen pro Beitrag' },
  postsPerDay: { en: 'posts a day', de: 'Beiträge pro Tag' },
  conversationPerDay: { en: 'replies and reposts sent a day', de: 'gesendete Antworten und Reposts pro Tag' },
  posts: { en: 'posts in all', de: 'Beiträge insgesamt' },
  following: { en: 'accounts followed', de: 'gefolgte Konten' },
  accountAgeYears: { en: 'account age in years', de: 'Kontoalter in Jahren' },
  stars: { en: 'stars on own repositories', de: 'Sterne auf eigenen Repositorys' },
  forks: { en: 'forks of own repositories', de: 'Forks eigener Repositorys' },
  repos: { en: 'public repositories', de: 'öffentliche Repositorys' },
  karma: { en: 'karma', de: 'Karma' },
  reputation: { en: 'reputation', de: 'Reputation' },
  badgePoints: { en: 'badges (gold 10, silver 3, bronze 1)', de: 'Abzeichen (Gold 10, Silber 3, Bronze 1)' },
  answers: { en: 'answers given', de: 'gegebene Antworten' },
  moderated: { en: 'communities moderated', de: 'moderierte Communities' },
  wikipediaPageviews: { en: 'Wikipedia article views a day', de: 'Wikipedia-Artikelaufrufe pro Tag' },
  viewsPerPost: { en: 'views per post seen', de: 'Aufrufe pro gesehenem Beitrag' },
  connections: { en: 'connections', de: 'Kontakte' },
  employees: { en: 'employees', de: 'Beschäftigte' },
  pageLikes: { en: 'page likes', de: 'Seiten-„Gefällt mir“' },
  likes: { en: 'likes received in all', de: 'erhaltene Likes insgesamt' },
  reach: { en: 'reach (no signal known)', de: 'Reichweite (kein Signal bekannt)' },
  amplification: { en: 'reactions to posts', de: 'Reaktionen auf Beiträge' },
  network: { en: 'who reacts and mentions', de: 'wer reagiert und erwähnt' },
  activity: { en: 'activity', de: 'Aktivität' },
};

export const FLAG_LABELS: Record<string, Labels> = {
  'mass-following': { en: 'follows ten times more accounts than follow it', de: 'folgt zehnmal mehr Konten, als ihm folgen' },
  'few-followers': { en: 'has fewer than 30 followers', de: 'hat weniger als 30 Follower' },
  'never-likes': { en: 'has never liked a post', de: 'hat nie einen Beitrag gelikt' },
  'never-listed': { en: 'is on nobody’s list', de: 'steht auf keiner Liste' },
  'default-profile': { en: 'never customised its profile', de: 'hat sein Profil nie angepasst' },
  'no-url': { en: 'links to no website', de: 'verlinkt keine Website' },
  'no-bio': { en: 'has no bio', de: 'hat keine Beschreibung' },
  'no-avatar': { en: 'has no profile picture', de: 'hat kein Profilbild' },
  'few-posts': { en: 'has posted fewer than 50 times', de: 'hat weniger als 50 Beiträge' },
  'follow-back-ratio': { en: 'follows back nearly everyone who follows it', de: 'folgt fast allen zurück, die ihm folgen' },
  'new-account': { en: 'is less than a month old', de: 'ist jünger als einen Monat' },
  // The audience audit's own flags (src/audit/classify.ts): inactivity, which the score does not judge.
  'never-posted': { en: 'has never posted', de: 'hat nie etwas gepostet' },
  'no-post-90-days': { en: 'has not posted for 90 days', de: 'hat seit 90 Tagen nichts gepostet' },
  'unengaged-audience': {
    en: 'has a large audience that almost never reacts to its posts',
    de: 'hat ein großes Publikum, das kaum auf seine Beiträge reagiert',
  },
};

export function signalLabel(name: string, language: Language = 'en'): string {
  return SIGNAL_LABELS[name]?.[language] ?? name;
}

export function flagLabel(flag: string, language: Language = 'en'): string {
  return FLAG_LABELS[flag]?.[language] ?? flag;
}
