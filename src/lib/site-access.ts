// Sites the user turns on at run time (Mastodon instances beyond the ones the manifest ships):
// the popup asks the browser for the one origin, in the click that asks for it, and then the
// background registers the content script for it (src/background/dynamic-sites.ts). This is
// what both sides share: origin patterns and their messages (host names: host-names.ts).
import { isHostName } from './host-names';

/** The host permission pattern for one https host: `https://<host>/*`. */
export const originPattern = (host: string): string => `https://${host}/*`;

/** The host an origin pattern stands for, when it stands for exactly one https host. */
export function hostOfPattern(pattern: string): string | undefined {
  const host = /^https:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1]?.toLowerCase();
  return host !== undefined && isHostName(host) ? host : undefined;
}

/**
 * The host the popup may offer to turn badges on for: the tab's, when it is an https page of a
 * host the extension does not cover yet (`covered`: a site of its own, or one already enabled).
 */
export function hostToEnable(tabUrl: string | undefined, covered: (host: string) => boolean): string | null {
  if (!tabUrl) return null;
  let url: URL;
  try {
    url = new URL(tabUrl);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || url.port !== '' || !isHostName(host) || covered(host)) return null;
  return host;
}

/** Popup → background: turn badges on for a host whose permission the user just granted. */
export interface SitesEnable {
  type: 'sites.enable';
  host: string;
}

/** Popup → background: turn them off again (the permission is given back). */
export interface SitesDisable {
  type: 'sites.disable';
  host: string;
}

export type SitesRequest = SitesEnable | SitesDisable;

/** Why a host could not be turned on; the popup words each. */
export type SitesProblem = 'invalid-host' | 'covered' | 'no-permission' | 'not-mastodon' | 'unreachable' | 'failed';

export type SitesAnswer = { ok: true; instances: string[] } | { ok: false; problem: SitesProblem };

export function isSitesRequest(message: unknown): message is SitesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, host } = message as { type?: unknown; host?: unknown };
  return (type === 'sites.enable' || type === 'sites.disable') && typeof host === 'string';
}

export interface SiteAccessApi {
  /** browser.permissions.request */
  request(permissions: { origins: string[] }): Promise<boolean>;
  /** browser.runtime.sendMessage */
  send(message: SitesRequest): Promise<unknown>;
}

export type EnableResult = { state: 'enabled'; instances: string[] } | { state: 'denied' } | { state: 'failed'; problem: SitesProblem };

function isAnswer(value: unknown): value is SitesAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; instances?: unknown; problem?: unknown };
  return answer.ok === true ? Array.isArray(answer.instances) : answer.ok === false && typeof answer.problem === 'string';
}

/**
 * Asks the browser for the host, then the background to turn badges on there. The permission
 * request comes first, before anything is awaited: browsers grant it only within the click.
 */
export function enableSite(host: string, api: SiteAccessApi): Promise<EnableResult> {
  const granted = api.request({ origins: [originPattern(host)] });
  return granted.then(
    async (yes): Promise<EnableResult> => {
      if (!yes) return { state: 'denied' };
      const answer = await api.send({ type: 'sites.enable', host }).catch(() => undefined);
      if (!isAnswer(answer)) return { state: 'failed', problem: 'failed' };
      return answer.ok ? { state: 'enabled', instances: answer.instances } : { state: 'failed', problem: answer.problem };
    },
    () => ({ state: 'denied' }),
  );
}
