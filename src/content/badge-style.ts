// The badge's and card's CSS, inside each badge's shadow root: the page cannot restyle it and
// it cannot leak into the page. The pill carries its own background, so it reads the same on
// light and dark pages; the card follows the system's colour scheme.
export const BADGE_CSS = `
/* A fixed size and strict containment make each badge its own layout and paint root: a score
   arriving changes the badge, never the layout of the page around it. */
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 4px; line-height: 0;
  width: 28px; height: 16px; contain: strict; }
.pill {
  all: initial; box-sizing: border-box; display: flex; align-items: center; justify-content: center;
  width: 100%; height: 100%; padding: 0 3px; border-radius: 8px; cursor: pointer;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-variant-numeric: tabular-nums;
  color: #fff; background: var(--band, #59636e); box-shadow: 0 0 0 1px rgba(127,127,127,.35);
}
.pill:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
/* The user's size setting (data-size on the host), for readers who need larger badges. */
:host([data-size="large"]) { width: 38px; height: 22px; }
:host([data-size="large"]) .pill { border-radius: 11px; font-size: 14px; line-height: 22px; }
/* Privacy mode: no score is asked for until the user hovers, focuses or clicks the badge. */
:host([data-state="idle"]) .pill { --band: #59636e; }
:host([data-stale]) .pill { background-image: repeating-linear-gradient(135deg, transparent 0 3px, rgba(255,255,255,.18) 3px 5px); }
:host([data-state="loading"]) .pill { --band: #59636e; }
:host([data-state="unavailable"]) .pill { --band: #6a737d; }
:host([data-state="error"]) .pill { --band: #8a4600; }
.card .action { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.card .action:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.card {
  box-sizing: border-box; position: fixed; inset: auto; margin: 0; width: 280px; max-width: calc(100vw - 16px);
  padding: 10px 12px; border: 1px solid #d0d7de; border-radius: 8px; line-height: 1.4;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1f2328; background: #fff; box-shadow: 0 8px 24px rgba(31,35,40,.18); overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #3d444d; box-shadow: 0 8px 24px rgba(0,0,0,.5); }
  .muted { color: #9198a1 !important; }
  .warning { color: #f0b72f !important; }
  a { color: #4493f8 !important; }
}
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
.big { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.who { font-weight: 600; }
.name { font-weight: 600; margin: 0 0 2px; }
.muted { color: #59636e; font-size: 12px; }
.warning { color: #9a6700; font-weight: 600; }
ul { margin: 6px 0; padding: 0 0 0 16px; }
li { margin: 2px 0; }
p { margin: 4px 0; }
a { color: #0969da; }
`;

/** Colour bands by score; white text on each keeps a contrast of at least 4.5:1. */
export function bandColour(score: number): string {
  if (score >= 80) return '#6e40c9';
  if (score >= 63) return '#a0410d';
  if (score >= 40) return '#1a7f37';
  if (score >= 20) return '#0b5cad';
  return '#59636e';
}
