import { describe, expect, it } from 'vitest';
import { evaluateLinks, provenGroup, type IdentityClaim, type IdentityLink } from '../../../src/identity';

const GH = 'github:octo';
const MA = 'mastodon:octo@hachyderm.io';
const BS = 'bluesky:octo.dev';
const X = 'x:octo';

const claim = (kind: IdentityClaim['kind'], key: string): IdentityClaim => {
  const [network, handle] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  return { kind, ref: { network, handle }, url: `https://example/${handle}` };
};
const domain = (kind: IdentityClaim['kind'], name: string): IdentityClaim => ({ kind, domain: name, url: `https://${name}` });
const verdicts = (links: IdentityLink[]) => links.map((l) => `${l.a} ${l.b} ${l.status}${l.proof ? ` ${l.proof}` : ''}`);

describe('evaluateLinks', () => {
  it('proves rel-me from a Mastodon field the instance verified, without the other side', () => {
    const links = evaluateLinks(new Map([[MA, [claim('mastodon-verified', GH)]]]));
    expect(links).toEqual([{ a: GH, b: MA, status: 'proved', proof: 'rel-me', evidence: [{ from: MA, claim: claim('mastodon-verified', GH) }] }]);
  });

  it('leaves an unverified Mastodon field, a GitHub twitter_username and a bio link as claims', () => {
    expect(verdicts(evaluateLinks(new Map([[MA, [claim('mastodon-field', GH)]]])))).toEqual([`${GH} ${MA} claimed`]);
    expect(verdicts(evaluateLinks(new Map([[GH, [claim('github-twitter', X)]]])))).toEqual([`${GH} ${X} claimed`]);
    expect(verdicts(evaluateLinks(new Map([[BS, [claim('profile-link', GH)]], [GH, []]])))).toEqual([`${BS} ${GH} claimed`]);
  });

  it('proves a backlink when each names the other, whatever the kinds, and keeps both claims as evidence', () => {
    const links = evaluateLinks(new Map([[GH, [claim('github-social', BS)]], [BS, [claim('profile-link', GH)]]]));
    expect(verdicts(links)).toEqual([`${BS} ${GH} proved backlink`]);
    expect(links[0].evidence.map((e) => `${e.from} ${e.claim.kind}`)).toEqual([`${GH} github-social`, `${BS} profile-link`]);
  });

  it('compares handles as keys do (case, a leading @) on both sides', () => {
    const links = evaluateLinks(new Map([['github:Octo', [claim('github-social', 'mastodon:@Octo@Hachyderm.io')]], [MA, [claim('mastodon-field', 'github:OCTO')]]]));
    expect(verdicts(links)).toEqual([`${GH} ${MA} proved backlink`]);
  });

  it('proves domain-handle when a profile’s website is the domain a Bluesky account has as its handle', () => {
    const claims = new Map([
      [BS, [domain('bluesky-domain', 'octo.dev')]],
      [GH, [domain('github-blog', 'www.octo.dev')]],
    ]);
    const links = evaluateLinks(claims);
    expect(verdicts(links)).toEqual([`${BS} ${GH} proved domain-handle`]);
    expect(links[0].evidence.map((e) => e.from).sort()).toEqual([BS, GH]);
  });

  it('does not prove domain-handle from a domain in a bio, another domain, a subdomain, or a Bluesky account that never showed its handle', () => {
    expect(evaluateLinks(new Map([[BS, [domain('bluesky-domain', 'octo.dev')]], [GH, [domain('profile-link', 'octo.dev')]]]))).toEqual([]);
    expect(evaluateLinks(new Map([[BS, [domain('bluesky-domain', 'octo.dev')]], [GH, [domain('github-blog', 'blog.octo.dev')]]]))).toEqual([]);
    expect(evaluateLinks(new Map([[BS, [domain('bluesky-domain', 'octo.dev')]], [GH, [domain('github-blog', 'octo.dev.example')]]]))).toEqual([]);
    expect(evaluateLinks(new Map([[BS, []], [GH, [domain('github-blog', 'octo.dev')]]]))).toEqual([]);
    // A bluesky-domain claim only counts from a Bluesky profile.
    expect(evaluateLinks(new Map([[MA, [domain('bluesky-domain', 'octo.dev')]], [GH, [domain('github-blog', 'octo.dev')]]]))).toEqual([]);
  });

  it('proves what a Wikidata item lists, on its own, and never as one side of a backlink', () => {
    const item = (key: string) => ({ ...claim('wikidata', key), url: 'http://www.wikidata.org/entity/Q42' });
    expect(verdicts(evaluateLinks(new Map([[GH, [item(X)]], [X, [item(GH)]]])))).toEqual([`${GH} ${X} proved wikidata`]);
  });

  it('prefers the strongest proof when several hold, and keeps all the evidence', () => {
    const links = evaluateLinks(new Map([[MA, [claim('mastodon-verified', GH)]], [GH, [claim('github-social', MA)]]]));
    expect(verdicts(links)).toEqual([`${GH} ${MA} proved rel-me`]);
    expect(links[0].evidence).toHaveLength(2);
  });

  it('marks pairs the user linked by hand as self-declared, unless they are proved anyway', () => {
    expect(evaluateLinks(new Map(), [[X, GH]])).toEqual([{ a: GH, b: X, status: 'self-declared', proof: 'self-declared', evidence: [] }]);
    expect(verdicts(evaluateLinks(new Map([[GH, [claim('github-twitter', X)]]]), [['x:Octo', GH]]))).toEqual([`${GH} ${X} self-declared self-declared`]);
    expect(verdicts(evaluateLinks(new Map([[MA, [claim('mastodon-verified', GH)]]]), [[GH, MA]]))).toEqual([`${GH} ${MA} proved rel-me`]);
    expect(evaluateLinks(new Map(), [[GH, 'github:OCTO']])).toEqual([]);
  });

  it('takes loops and duplicates: one link per pair, self-claims ignored, evidence without repeats', () => {
    const loop = new Map([
      [GH, [claim('github-social', MA), claim('github-social', MA), claim('github-blog', GH)]],
      [MA, [claim('mastodon-field', BS)]],
      [BS, [claim('profile-link', GH)]],
    ]);
    const links = evaluateLinks(loop);
    // A → B → C → A, each one way: three claims, nothing proved.
    expect(verdicts(links)).toEqual([`${BS} ${GH} claimed`, `${BS} ${MA} claimed`, `${GH} ${MA} claimed`]);
    expect(links.find((l) => l.b === MA && l.a === GH)!.evidence).toHaveLength(1);
    for (const key of [GH, MA, BS]) expect(provenGroup(key, links)).toEqual([key]);
  });

  it('is the same whatever order the profiles and claims come in', () => {
    const one = new Map([[GH, [claim('github-social', BS), claim('github-twitter', X)]], [BS, [claim('profile-link', GH)]], [MA, [claim('mastodon-verified', GH)]]]);
    const other = new Map([...one].reverse().map(([k, v]) => [k, [...v].reverse()] as const));
    expect(verdicts(evaluateLinks(other))).toEqual(verdicts(evaluateLinks(one)));
  });
});

describe('provenGroup', () => {
  const links = evaluateLinks(
    new Map([
      [MA, [claim('mastodon-verified', GH)]],
      [GH, [claim('github-social', BS), claim('github-twitter', X)]],
      [BS, [claim('profile-link', GH)]],
    ]),
    [['reddit:octo', BS]],
  );

  it('follows proved and self-declared links transitively, the asked key first', () => {
    expect(provenGroup(BS, links)).toEqual([BS, GH, MA, 'reddit:octo']);
    expect(provenGroup('github:OCTO', links)).toEqual([GH, BS, MA, 'reddit:octo']);
  });

  it('never crosses a link that is only claimed', () => {
    expect(provenGroup(X, links)).toEqual([X]);
    expect(provenGroup(GH, links)).not.toContain(X);
  });

  it('is the key alone when nothing links it', () => {
    expect(provenGroup('devto:nobody', links)).toEqual(['devto:nobody']);
    expect(provenGroup(GH, [])).toEqual([GH]);
  });
});
