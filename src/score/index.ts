export { score, scoreDetailed } from './engine';
export { explain } from './explain';
export { decayedRates, type PostReactions } from './decay';
export { parseProfileSignals } from './validate';
export { FORMULA_VERSION } from './constants';
export type * from './types';
