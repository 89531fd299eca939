/**
 * The audit report as one self-contained HTML page: the record's fields, the page in reading order (story kept,
 * boilerplate struck through with its category and rule), the story with quotes, figures and time expressions
 * marked, then people, quotes, figures, time expressions, the timeline and the diagnostics as tables.
 */
import type { ArticleRecord, DatedEvent } from '../schema.js';
import { escapeHtml as e } from './escape.js';
import { figureValue, markedParagraph, marksOf, type Mark } from './marks.js';
import { STYLE } from './style.js';
import type { TrailItem } from './trail.js';

/** A removed or left-out region shows this much; the rest folds away in a <details>. */
const SHOWN_CHARS = 280;

const none = (what: string) => `<p class="empty">${e(what)}</p>`;

/** Lines shorter than this on average (menus, link lists) run on in one line, separated by dots. */
const SHORT_LINE = 40;

function folded(lines: string[], wrap: (html: string) => string): string {
  const text = lines.join('\n');
  const breaks = text.length / lines.length < SHORT_LINE ? ' · ' : '<br>';
  const html = (t: string) => wrap(e(t).replace(/\n/g, breaks));
  if (text.length <= SHOWN_CHARS) return html(text);
  return `${html(text.slice(0, SHOWN_CHARS))}… <details><summary>all ${lines.length} line(s), ${text.length.toLocaleString('en')} characters</summary>${html(text)}</details>`;
}

function trailHtml(items: readonly TrailItem[], record: ArticleRecord, marks: readonly Mark[]): string {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === 'story') {
      const p = record.body.paragraphs[item.paragraph]!;
      const dateline = item.dateline ? `<span class="chip chip-field">dateline</span><del>${e(item.dateline)}</del> ` : '';
      const tag = p.kind === 'heading' ? 'h3' : 'p';
      // The green rule marks the story; only the kinds that are not plain paragraphs are named.
      const kind = p.kind === 'paragraph' ? '' : `<span class="chip chip-story">${p.kind}</span>`;
      out.push(`<div class="story" data-kind="${p.kind}">${kind}${dateline}<${tag}>${markedParagraph(p.text, p.start, marks)}</${tag}></div>`);
    } else if (item.kind === 'removed') {
      out.push(`<div class="removed" data-category="${e(item.entry.category)}"><span class="chip chip-removed">removed · ${e(item.entry.category)} · ${e(item.entry.ruleId)}</span>${folded(item.lines, (h) => `<del>${h}</del>`)}</div>`);
    } else if (item.kind === 'field') {
      out.push(`<div class="field"><span class="chip chip-field">${e(item.field)}</span>${e(item.text)}</div>`);
    } else {
      out.push(`<div class="left-out"><span class="chip chip-left-out">not kept</span>${folded(item.lines, (h) => h)}</div>`);
    }
  }
  return out.join('\n');
}

function table(head: string[], rows: string[][], empty: string): string {
  if (!rows.length) return none(empty);
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const dateText = (d: ArticleRecord['publishedAt']) => (d ? `${e(d.iso)} <span class="meta">(${e(d.source)})</span>` : '<span class="empty">none</span>');

function fieldsTable(r: ArticleRecord): string {
  const rows: [string, string][] = [
    ['site', e(r.siteName ?? '—')],
    ['url', e(r.canonicalUrl ?? r.url ?? '—')],
    ['language', e(r.language ?? '—')],
    ['authors', r.authors.length ? e(r.authors.join(', ')) : '<span class="empty">none</span>'],
    ...(r.credits.length ? [['credits', e(r.credits.join(', '))] as [string, string]] : []),
    ['published', dateText(r.publishedAt)],
    ['modified', dateText(r.modifiedAt)],
    ['dateline', r.dateline ? e(`${r.dateline.raw}  (place: ${r.dateline.place ?? '—'}, agency: ${r.dateline.agency ?? '—'})`) : '—'],
    ['access', e(`${r.access.paywall}${r.access.evidence.length ? ` — ${r.access.evidence[0]}` : ''}`)],
    ['media', r.media.length ? r.media.map((m) => e(`${m.caption ?? '(no caption)'}${m.credit ? ` — ${m.credit}` : ''}`)).join('<br>') : '—'],
  ];
  return `<table class="fields"><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
}

function countsHtml(r: ArticleRecord): string {
  const n: [string, number][] = [
    ['paragraphs', r.body.paragraphs.length],
    ['removed', r.removed.length],
    ['people', r.people.length],
    ['organisations', r.organizations.length],
    ['quotes', r.quotes.length],
    ['figures', r.figures.length],
    ['time expressions', r.dates.length],
    ['events', r.events.length],
    ['diagnostics', r.diagnostics.length],
  ];
  return `<div class="counts">${n.map(([k, v]) => `<div><b>${v}</b> ${k}</div>`).join('')}</div>`;
}

function removedSummary(r: ArticleRecord): string {
  const by = new Map<string, number>();
  for (const x of r.removed) by.set(`${x.category}\u0000${x.ruleId}`, (by.get(`${x.category}\u0000${x.ruleId}`) ?? 0) + 1);
  const rows = [...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => {
    const [category, rule] = k.split('\u0000');
    return [e(category!), `<code>${e(rule!)}</code>`, `${v}`];
  });
  return table(['category', 'rule', 'removals'], rows, 'Nothing was removed.');
}

export interface ReportSource {
  /** what the report is of: a file name or URL */
  name: string;
  /** the list of blocks stopped early on a huge page */
  truncated: boolean;
}

export function renderReport(r: ArticleRecord, trail: readonly TrailItem[], source: ReportSource): string {
  const marks = marksOf(r);
  // The speaker as resolved, whether a person or an organisation, as written, and which pass named them.
  const speakerOf = (q: ArticleRecord['quotes'][number]) =>
    q.speaker
      ? `${e(q.speaker.name ?? '(unresolved)')}${q.speaker.organizationId ? ' <span class="meta">(organisation)</span>' : ''}<br><span class="meta">as “${e(q.speaker.mention)}”${q.speaker.resolvedBy ? ` · by ${e(q.speaker.resolvedBy)}` : ''}</span>`
      : '<span class="empty">none</span>';
  const asWritten = (mentions: readonly { text: string }[]) => e([...new Set(mentions.map((m) => m.text))].slice(0, 8).join(', '));
  const people = r.people.map((p) => [e(p.name), e(p.roles.join('; ') || '—'), `${p.mentions.length}`, asWritten(p.mentions)]);
  const organizations = r.organizations.map((o) => [e(o.name), `${o.mentions.length}`, asWritten(o.mentions)]);
  // Reported speech is shown as written, without quotation marks it never had.
  const quotes = r.quotes.map((q) => [q.kind === 'indirect' ? e(q.text) : `“${e(q.text)}”`, speakerOf(q), e(q.kind), e(q.cue ?? '—'), e(q.date ?? '—')]);
  const figures = r.figures.map((f) => [e(f.text), `<span class="num">${e(figureValue(f))}</span>`, e(f.category), e(f.subject ?? '—'), e(f.measure ?? '—'), e(f.source ?? '—')]);
  const dates = r.dates.map((d) => [e(d.text), e(d.type), `<code>${e(d.value ?? 'unresolved')}</code>`, d.certain ? 'stated' : 'inferred']);
  // In date order, then in the order of the text: what happened (the trigger), when, who, and the clause.
  const events = [...r.events].sort((a, b) => (a.date.value ?? '~').localeCompare(b.date.value ?? '~') || a.trigger.start - b.trigger.start);
  const clause = (ev: DatedEvent) => {
    const at = ev.trigger.start - ev.start;
    return `${e(ev.text.slice(0, at))}<b class="trigger">${e(ev.trigger.text)}</b>${e(ev.text.slice(at + ev.trigger.text.length))}`;
  };
  const timeline = events.length
    ? `<ol class="timeline">${events.map((ev) => `<li><time>${e(ev.date.value ?? '?')}</time> <strong>${e(ev.trigger.text)}</strong> <span class="meta">“${e(ev.date.text)}”${ev.date.certain ? '' : ', inferred'}${ev.actors.length ? ` · ${e(ev.actors.join(', '))}` : ''}</span><br>${clause(ev)}</li>`).join('\n')}</ol>`
    : none('No dated events: nothing in the story is anchored by a resolved date.');
  const diagnostics = r.diagnostics.map((d) => [`<code>${e(d.code)}</code>`, e(d.severity), e(d.message)]);
  const title = r.headline ?? source.name;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>copydesk report: ${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="meta">copydesk report of <code>${e(source.name)}</code></p>
${r.kicker ? `<div class="kicker">${e(r.kicker)}</div>` : ''}
<h1>${e(r.headline ?? '(no headline)')}</h1>
${r.dek ? `<p class="dek">${e(r.dek)}</p>` : ''}
${countsHtml(r)}
<nav class="toc"><a href="#page">The page</a><a href="#people">People</a><a href="#organizations">Organisations</a><a href="#quotes">Quotes</a><a href="#figures">Figures</a><a href="#dates">Time expressions</a><a href="#timeline">Timeline</a><a href="#removed">Removed</a><a href="#diagnostics">Diagnostics</a></nav>
${fieldsTable(r)}
<h2 id="page">The page</h2>
<p class="legend meta"><span><span class="story">kept as story</span></span><span><span class="chip chip-removed">removed</span>boilerplate, with category and rule</span><span><span class="chip chip-field">field</span>read into a field</span><span><span class="chip chip-left-out">not kept</span>outside the story, no rule</span><br>
<span class="m-quote">quote</span> with its speaker · <span class="m-figure">figure</span> with its value · <span class="m-date">time expression</span> with its value · hover a mark for details</p>
<div class="page">
${trailHtml(trail, r, marks) || none('The page has no text.')}
${source.truncated ? none('The page has more blocks than the report lists; the story above is complete.') : ''}
</div>
<h2 id="people">People</h2>
${table(['name', 'roles', 'mentions', 'as written'], people, 'Nobody is quoted or named as a source.')}
<h2 id="organizations">Organisations</h2>
${table(['name', 'mentions', 'as written'], organizations, 'No organisation is named in the body.')}
<h2 id="quotes">Quotes</h2>
${table(['quote', 'speaker', 'kind', 'cue', 'date'], quotes, 'No quotes.')}
<h2 id="figures">Figures</h2>
${table(['as written', 'value', 'category', 'counts', 'what happened', 'source'], figures, 'No figures.')}
<h2 id="dates">Time expressions</h2>
${table(['as written', 'type', 'value', ''], dates, 'No time expressions.')}
<h2 id="timeline">Timeline</h2>
${timeline}
<h2 id="removed">Removed, by rule</h2>
${removedSummary(r)}
<h2 id="diagnostics">Diagnostics</h2>
${table(['code', 'severity', 'message'], diagnostics, 'No diagnostics.')}
</main>
</body>
</html>
`;
}
