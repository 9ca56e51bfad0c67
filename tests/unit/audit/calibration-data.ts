// The labelled accounts of ../shared/calibration/fakefollowers (Cresci et al. 2015), given only
// the fields a follower list carries, as the Bluesky and Mastodon sources fill them. In a clone
// without ../shared the tests that read them are skipped, and say why.
import { CALIBRATION, fakeFollowerGroup, hasCalibration } from '../../../scripts/calibration/datasets';
import type { FollowerInput } from '../../../src/audit';

export { hasCalibration };

if (!hasCalibration) {
  console.warn(`Skipping the audit tests over labelled accounts: ${CALIBRATION} does not exist (it sits beside the checkout in CI).`);
}

export function followersOf(group: 'E13' | 'INT'): FollowerInput[] {
  return fakeFollowerGroup(group).map((s) => ({
    signals: {
      network: s.network,
      handle: s.handle,
      observedAt: s.observedAt,
      createdAt: s.createdAt,
      followers: s.followers,
      following: s.following,
      posts: s.posts,
      hasAvatar: s.hasAvatar,
      hasBio: s.hasBio,
      defaultProfile: s.defaultProfile,
    },
  }));
}
