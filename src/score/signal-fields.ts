// Which fields of ProfileSignals each scored signal is computed from, so that the breakdown
// can name the source of each value (the newest of its fields').
import type { SignalSource } from './types';

const RECEIVED = ['recent.repostsReceivedPerDay', 'recent.quotesReceivedPerDay', 'recent.repliesReceivedPerDay', 'recent.mentionsReceivedPerDay', 'recent.postsPerDay'];

export const SIGNAL_FIELDS: Record<string, readonly string[]> = {
  followers: ['followers', 'following'],
  lists: ['lists'],
  repostsReceivedPerDay: ['recent.repostsReceivedPerDay'],
  quotesReceivedPerDay: ['recent.quotesReceivedPerDay'],
  repliesReceivedPerDay: ['recent.repliesReceivedPerDay'],
  likesReceivedPerDay: ['recent.likesReceivedPerDay'],
  engagementPerPost: RECEIVED,
  uniqueEngagers: ['recent.uniqueEngagers'],
  mentionsReceivedPerDay: ['recent.mentionsReceivedPerDay'],
  engagerMedianFollowers: ['recent.engagerMedianFollowers'],
  postsPerDay: ['recent.postsPerDay'],
  conversationPerDay: ['recent.mentionsSentPerDay', 'recent.repostsSentPerDay'],
  following: ['following', 'followers'],
  posts: ['posts'],
  accountAgeYears: ['createdAt'],
};

/** The source of a signal's value: the newest among the fields it is computed from. */
export function sourceOfSignal(name: string, provenance: Record<string, SignalSource> | undefined): SignalSource | undefined {
  if (!provenance) return undefined;
  const fields = SIGNAL_FIELDS[name] ?? [`extra.${name}`];
  return fields
    .map((field) => provenance[field])
    .filter((source): source is SignalSource => source !== undefined)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}
