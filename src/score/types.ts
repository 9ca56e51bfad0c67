// The contracts of ../shared/DESIGN.md: what is known about a profile, and what the engine
// makes of it. Every field of ProfileSignals but network and handle is optional, and absent
// means unknown, never zero.

export interface RecentActivity {
  windowDays?: number;
  postsPerDay?: number;
  repostsReceivedPerDay?: number;
  mentionsReceivedPerDay?: number;
  repliesReceivedPerDay?: number;
  likesReceivedPerDay?: number;
  quotesReceivedPerDay?: number;
  repostsSentPerDay?: number;
  mentionsSentPerDay?: number;
  uniqueEngagers?: number;
  engagerMedianFollowers?: number;
}

export interface SignalSource {
  kind: 'api' | 'page';
  url?: string;
  at: string;
  /** Read from posts the user saw on the network's pages: how many. */
  posts?: number;
}

export interface ProfileSignals {
  network: string;
  handle: string;
  observedAt?: string;
  createdAt?: string;
  followers?: number;
  following?: number;
  posts?: number;
  lists?: number;
  likesGiven?: number;
  verified?: boolean;
  hasAvatar?: boolean;
  hasBio?: boolean;
  hasUrl?: boolean;
  hasLocation?: boolean;
  defaultProfile?: boolean;
  recent?: RecentActivity;
  extra?: Record<string, number>;
  sources?: SignalSource[];
}

export const PILLARS = ['reach', 'amplification', 'network', 'activity'] as const;
export type Pillar = (typeof PILLARS)[number];

export interface SignalContribution {
  name: string;
  value: number | boolean;
  contribution: number;
}

export interface PillarResult {
  score: number;
  weight: number;
  signals: SignalContribution[];
}

export interface Authenticity {
  risk: number;
  verdict: 'ok' | 'suspicious' | 'unknown';
  flags: string[];
}

export interface ScoreResult {
  network: string;
  handle: string;
  score: number;
  pillars: Record<Pillar, PillarResult>;
  authenticity: Authenticity;
  confidence: number;
  formulaVersion: string;
  explanation: string[];
}
