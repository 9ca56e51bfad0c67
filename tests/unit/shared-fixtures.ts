// The real recorded responses and saved pages live in ../shared/fixtures beside the checkout
// (CI has it). In a clone without it, the tests that read them are skipped, and say why.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

if (!hasSharedFixtures) {
  console.warn(`Skipping tests over real recorded data: ${SHARED_FIXTURES} does not exist (it sits beside the checkout in CI).`);
}

export function readShared(relativePath: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, relativePath), 'utf8');
}

export function readSharedJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readShared(relativePath)) as T;
}
