export { score, scoreDetailed } from './engine';
export { explain } from './explain';
export { parseProfileSignals } from './validate';
export { FORMULA_VERSION } from './constants';
export type * from './types';
