// One person across networks: what a profile claims, what proves it, and the combined score.
export * from './types';
export { claimFromUrl } from './claim-url';
export { evaluateLinks, provenGroup } from './links';
export { combineScores } from './combine';
export { githubSocialAccounts } from './github-social';
export { wikidataIdentities } from './wikidata';
