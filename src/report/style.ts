/** The report's only stylesheet, inlined: the file makes no request and needs no script. */
export const STYLE = `
:root { --ink: #1d1d1f; --muted: #6e6e73; --line: #d9d9de; --quote: #fff3b0; --figure: #1f5fbf; --date: #127a3a; --removed: #a1212b; --field: #5b3cc4; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2.25rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
.kicker { text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; color: var(--muted); }
.dek { font-size: 1.1rem; color: #3a3a3c; margin: 0 0 .75rem; }
.meta { color: var(--muted); font-size: .9rem; }
nav.toc { font-size: .9rem; margin: 1rem 0; }
nav.toc a { margin-right: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: #f0f0f3; font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.legend span { margin-right: 1rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; }
.counts div { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .3rem .6rem; font-size: .85rem; }
.counts b { font-size: 1.05rem; }
.page { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1.25rem; }
.page > div { margin: .6rem 0; }
.story p { margin: 0; }
.story { border-left: 3px solid var(--date); padding-left: .75rem; }
.removed { border-left: 3px solid var(--removed); padding-left: .75rem; color: var(--muted); font-size: .9rem; }
.removed del { text-decoration-color: var(--removed); }
.field { border-left: 3px solid var(--field); padding-left: .75rem; font-size: .9rem; }
.left-out { border-left: 3px dashed var(--line); padding-left: .75rem; color: var(--muted); font-size: .85rem; }
.chip { display: inline-block; font-size: .72rem; font-weight: 600; border-radius: .3rem; padding: 0 .35rem; margin-right: .4rem; color: #fff; vertical-align: .1em; }
.chip-removed { background: var(--removed); }
.chip-field { background: var(--field); }
.chip-story { background: var(--date); }
.chip-left-out { background: var(--muted); }
.m-quote { background: var(--quote); }
.m-figure { border-bottom: 2px solid var(--figure); }
.m-date { border-bottom: 2px dotted var(--date); }
.m-figure.m-date { border-bottom-style: double; }
.tag { font-size: .72rem; border-radius: .25rem; padding: 0 .3rem; margin: 0 .15rem; white-space: nowrap; vertical-align: .1em; }
.tag-quote { background: #fbe38e; color: #5a4500; }
.tag-figure { background: #e4edfb; color: var(--figure); }
.tag-date { background: #e2f4e8; color: var(--date); }
details summary { cursor: pointer; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
ol.timeline { list-style: none; padding: 0; border-left: 2px solid var(--date); }
ol.timeline li { margin: 0 0 .8rem; padding-left: 1rem; position: relative; }
ol.timeline li::before { content: ""; position: absolute; left: -.4rem; top: .45rem; width: .7rem; height: .7rem; border-radius: 50%; background: var(--date); }
ol.timeline time { font-weight: 600; font-variant-numeric: tabular-nums; }
ol.timeline b.trigger { font-weight: 600; text-decoration: underline; text-decoration-color: var(--date); }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: 1rem .6rem 3rem; } }
`;
