// The pillars' names, in the extension's languages: the popup's and the command line's (apart from
// labels.ts, which the content script's cards load too).
import type { Labels } from './labels';
import type { Pillar } from './types';

export const PILLAR_LABELS: Record<Pillar, Labels> = {
  reach: { en: 'Reach', de: 'Reichweite' },
  amplification: { en: 'Amplification', de: 'Verstärkung' },
  network: { en: 'Network', de: 'Netzwerk' },
  activity: { en: 'Activity', de: 'Aktivität' },
};
