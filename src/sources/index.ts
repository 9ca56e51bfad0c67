// The networks with a public API the background can ask. One line per network.
import { blueskySource } from './bluesky';
import { githubSource } from './github';
import type { Source } from './types';

const SOURCES: Source[] = [githubSource, blueskySource];

export function sourceFor(network: string): Source | undefined {
  return SOURCES.find((source) => source.network === network);
}

export function sourceForHost(host: string): Source | undefined {
  return SOURCES.find((source) => source.servesHost(host));
}
