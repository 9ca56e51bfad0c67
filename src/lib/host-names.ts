// Host names as the user's settings keep them (sites turned on at run time: site-access.ts). Apart
// from site-access.ts, so that the content script, which reads the settings, loads none of the
// popup's and the background's code for turning sites on.

const HOST = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A DNS host name (lower case, at least two labels, no IP address, no port). */
export function isHostName(host: string): boolean {
  return host.length <= 253 && HOST.test(host) && !IPV4.test(host);
}

/** A list of hosts as kept in settings: valid names only, lower case, each once, sorted. */
export function cleanHosts(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const hosts = raw.filter((h): h is string => typeof h === 'string').map((h) => h.trim().toLowerCase());
  return [...new Set(hosts.filter(isHostName))].sort();
}
