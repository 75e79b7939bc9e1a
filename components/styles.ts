/**
 * The badge's and card's own look. They live in shadow roots, so page CSS cannot select their
 * insides; the hosts are protected separately by inline `!important` styles (see HOST_*).
 *
 * Colours, with WCAG 2.x contrast ratios (text on its own background; AA needs 4.5:1):
 *
 * | use           | text      | background | ratio  |
 * |---------------|-----------|------------|--------|
 * | corroborated  | `#0b5d1e` | `#e3f4e6`  | 7.06:1 |
 * | conflicting   | `#a3111f` | `#fde8ea`  | 6.74:1 |
 * | mixed         | `#7a3f00` | `#fff1d6`  | 7.41:1 |
 * | single source | `#3b4350` | `#eceff3`  | 8.65:1 |
 * | explained     | `#0b4f6c` | `#e1f1f8`  | 7.72:1 |
 * | updated       | `#4b2f7a` | `#efe9f8`  | 8.90:1 |
 * | card text     | `#1a1a1a` | `#ffffff`  | 17.4:1 |
 * | card muted    | `#555b66` | `#ffffff`  | 6.83:1 |
 * | card links    | `#0b57d0` | `#ffffff`  | 6.39:1 |
 *
 * Badges carry their own background, so these hold on any page. Against the page itself (WCAG
 * 1.4.11, 3:1 for a control's edge): on white the 1px border in the text colour gives ≥ 6.7:1;
 * on a dark page (#121212) the light fill gives ≥ 16:1.
 *
 * @module
 */

/** Inline `!important` styles of `<figure-check-badge>`: they beat every rule a page can write. */
export const HOST_BADGE_STYLE: readonly (readonly [string, string])[] = [
  // First, so the explicit values below override what it resets.
  ['all', 'initial'],
  // Counters `* { display: none !important }`, which does apply to the host itself.
  ['display', 'inline-block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'static'],
  // Small, relative to the sentence it sits in; line-height 1 keeps the line box as it was.
  ['font-size', '0.8em'],
  ['line-height', '1'],
  ['vertical-align', 'baseline'],
  ['margin', '0 0 0 0.25em'],
  ['padding', '0'],
  ['white-space', 'nowrap'],
  ['text-indent', '0'],
  ['pointer-events', 'auto'],
];

/** Inline `!important` styles of `<figure-check-card>`: a zero-size layer above the page. */
export const HOST_CARD_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'auto'],
];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Verdict colours, shared by badge and card markers. */
const VERDICT_CSS = `
.v-corroborated, .agree { color: #0b5d1e; background: #e3f4e6; }
.v-conflicting, .disagree { color: #a3111f; background: #fde8ea; }
.v-mixed { color: #7a3f00; background: #fff1d6; }
.v-single-source { color: #3b4350; background: #eceff3; }
.v-explained, .explain-sum { color: #0b4f6c; background: #e1f1f8; }
.v-updated, .explain-update { color: #4b2f7a; background: #efe9f8; }
`;

/** CSS inside the badge's shadow root. Sizes in em: the host sets 0.8em of the page text. */
export const BADGE_CSS = `
.badge {
  all: initial;
  display: inline-block;
  box-sizing: border-box;
  font-family: ${FONT};
  font-size: 1em;
  font-weight: 600;
  line-height: 1;
  padding: 0.12em 0.4em;
  border: 1px solid currentColor;
  border-radius: 0.7em;
  white-space: nowrap;
  cursor: pointer;
  vertical-align: baseline;
}
.badge:hover { box-shadow: 0 0 0 1px currentColor; }
.badge:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; box-shadow: 0 0 0 2px #ffffff; }
.icon { margin-right: 0.25em; }
${VERDICT_CSS}`;

/** CSS inside the card's shadow root. Pixel sizes: the card must read the same on every page. */
export const CARD_CSS = `
.card {
  all: initial;
  position: fixed;
  box-sizing: border-box;
  display: block;
  width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, calc(100vh - 16px));
  overflow: auto;
  padding: 12px 14px;
  font-family: ${FONT};
  font-size: 14px;
  line-height: 1.4;
  color: #1a1a1a;
  background: #ffffff;
  border: 1px solid #767676;
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28);
  text-align: left;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0b57d0; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.verdict { display: inline-block; font-weight: 700; padding: 2px 8px; border-radius: 10px; border: 1px solid currentColor; }
.close {
  all: initial; font-family: ${FONT}; font-size: 18px; line-height: 1; color: #1a1a1a;
  padding: 2px 6px; border-radius: 4px; cursor: pointer;
}
.close:hover { background: #eceff3; }
.close:focus-visible { outline: 2px solid #0b57d0; }
h2, h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #555b66; }
.figure { font-size: 16px; font-weight: 700; }
.muted { color: #555b66; }
dl { margin: 4px 0 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dt { color: #555b66; }
dd { margin: 0; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid #e2e4e8; }
li:first-child { border-top: 0; }
.marker { display: inline-block; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; margin-right: 6px; }
.outlet { font-weight: 700; }
.value { font-weight: 700; }
a { color: #0b57d0; text-decoration: underline; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
p { margin: 6px 0 0; }
.timeline { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid #c9ced6; }
.timeline li { border-top: 0; padding: 2px 0 2px 6px; }
.timeline .this-page .value { text-decoration: underline; }
.when { color: #555b66; font-variant-numeric: tabular-nums; }
${VERDICT_CSS}`;
