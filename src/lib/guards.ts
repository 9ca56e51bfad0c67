// Small type guards for data from outside (APIs, storage, messages): nothing is trusted
// until one of these has looked at it.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

export const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export const optionalCount = (value: unknown): number | undefined => (isCount(value) ? value : undefined);

export const isDateString = (value: unknown): value is string =>
  typeof value === 'string' && Number.isFinite(Date.parse(value));
