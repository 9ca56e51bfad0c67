// How a stored credential is shown again: never in full. The last four characters say which
// one it is, and only when the secret is long enough that four of them give little away.
export const MASK = '••••';
const SHOW_LAST_FROM_LENGTH = 12;

export function lastFour(secret: string): string {
  return secret.length >= SHOW_LAST_FROM_LENGTH ? secret.slice(-4) : '';
}

export function maskSecret(secret: string): string {
  return secret ? `${MASK}${lastFour(secret)}` : '';
}
