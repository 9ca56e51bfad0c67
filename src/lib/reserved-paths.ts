// First path segments that are a site's own pages, not its users': one list per site, read by its
// adapter (src/sites/) and by the identity checks of links in bios (src/identity/claim-url.ts).

/** Top-level paths that are GitHub's own pages, not users; and `ghost`, the account GitHub shows in place of deleted ones. */
export const GITHUB_RESERVED = new Set(
  `about account apps blog business codespaces collections contact copilot customer-stories dashboard discussions
  enterprise events explore features gist gists github-copilot issues join login logout maintenance marketplace
  mobile new notifications organizations orgs partners pricing pulls readme resources search security sessions
  settings signup site sitemap solutions sponsors stars team teams topics trending users watching premium-support
  codespaces models home about-us signin password_reset auth redeem open-source enterprises ghost advisories mcp
  why-github trust-center accelerator education newsroom`.split(/\s+/),
);

/** First path segments that are X's own pages, not accounts. */
export const X_RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'search-advanced', 'compose', 'tos', 'privacy',
  'login', 'logout', 'signup', 'hashtag', 'jobs', 'account', 'intent', 'share', 'download', 'who_to_follow', 'lists',
  'bookmarks', 'communities', 'premium', 'premium_sign_up', 'verified-choose', 'grok', 'topics', 'about', 'rules', 'oauth',
  'personalization', 'safety', 'sessions', 'flow', 'keyboard_shortcuts', 'display', 'your_twitter_data', 'setup_profile',
  'connect_people',
]);

/** First path segments that are Instagram's own pages, not usernames. */
export const INSTAGRAM_RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer', 'developers',
  'web', 'challenge', 'emails', 'press', 'api', 'oauth', 'graphql', 'static', 'privacy', 'terms', 'session', 'nametag',
  'help', 'ads', 'business', 'creators', 'topics', 'locations', 'directory', 'invites', 'your_activity', 'settings', 'ar',
  'lite', 'fragment', 'qr', 'u', '_u', 's', 'home', 'search', 'notifications', 'login', 'signup', 'data', 'download', 'popular',
]);

/**
 * Top-level paths that are DEV's own, not users: Forem's top-level routes (config/routes.rb)
 * and the words it reserves from usernames (config/initializers/reserved_words.rb).
 */
export const DEVTO_RESERVED = new Set(
  `enter confirm-email sign_out signout_confirm users locale sidekiq abtests admin resource_admin stories api notifications
  incoming_webhooks messages chat_channels chat_channel_memberships articles article_mutes comments comment_mutes reactions
  response_templates feedback_messages organizations followed_articles follows image_uploads tags stripe_active_cards
  github_repos events videos video_states twilio_tokens html_variants html_variant_trials html_variant_successes
  tag_adjustments rating_votes page_views listings credits buffer_updates reading_list_items poll_votes poll_skips
  profile_pins partnerships display_ad_events badges badge user_blocks podcasts article_approvals video_chats sidebars
  user_subscriptions followings onboarding profiles profile_field_groups liquid_tags verify_email_ownership search
  email_subscriptions connect join_chat_channel internal pusher create_channel channel_request_info
  join_channel_invitation joining_invitation_response social_previews async_info future forem robots privacy terms
  contact code-of-conduct report-abuse welcome challenge challenges checkin survey workshops sponsors about
  about-listings security community-moderation faq page tag-moderation shop mod p settings dashboard embed serviceworker
  manifest shell_top shell_bottom new pod readinglist feed rss tag t top latest live billboards billboard_events
  subforems discover
  internal feedback_messages features reports videos live_articles buffered_articles analytics csv_exports sedaily
  404 500 byte bit medium bytes flip membership track bits binary infiniteloop loop infinite forloop programming dev
  developer job jobs tv amp online jokes funny funnies developertea tea coffee javascript java ruby python haskell day
  night ons daily nightly changelog design designer programmer links gigs start startups shoutouts merch merchandise tos
  help kilo kilobyte megabyte mega account dash me user ads analysis advertising legal hack started
  push_notification_subscriptions getting-started hackers cast pc mac linux github opensource oss software article
  computer journal joke gags fun gag drole job_listings comment pulse pulses repos repo app job_applications
  job_application ki kis rly orly orlybooks oreilly rlygenerator orlygenerator rlyslack rlyweb leaders leaderboard
  leader things iot yes social rails angular script work 1024 retro mag magazine news edit delete update destroy
  administrate deep machinelearning code tech library libraries org orgs questions answers sounds listen ops opps el
  one-of-us swagnets phishing blocks additional_content_boxes contact`.split(/\s+/),
);
