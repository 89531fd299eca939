/**
 * The story's paragraphs with quotes, figures and time expressions marked in place. Marks may overlap (a figure
 * inside a quote), so a paragraph is cut at every mark boundary and each piece carries the classes of the marks
 * over it; a mark's label follows its last piece. Hovering a piece shows the marks' details (a title, no script).
 */
import type { ArticleRecord, Figure, Quote, TimeExpression } from '../schema.js';
import { escapeHtml } from './escape.js';

export interface Mark {
  start: number;
  end: number;
  kind: 'quote' | 'figure' | 'date';
  label: string;
  title: string;
}

const quoteMark = (q: Quote): Mark => {
  const who = q.speaker ? (q.speaker.name ?? q.speaker.mention) : 'no speaker';
  const mention = q.speaker && q.speaker.name && q.speaker.mention !== q.speaker.name ? ` (“${q.speaker.mention}”)` : '';
  return {
    start: q.start,
    end: q.end,
    kind: 'quote',
    label: `${who}${mention}`,
    title: `${q.kind} quote · speaker: ${q.speaker?.name ?? 'unresolved'} · mention: ${q.speaker?.mention ?? 'none'} · cue: ${q.cue ?? 'none'}${q.date ? ` · said ${q.date}` : ''} · confidence ${q.confidence.toFixed(2)}`,
  };
};

export function figureValue(f: Figure): string {
  const n = (v: number) => v.toLocaleString('en');
  const core = f.value !== null ? n(f.value) : f.low !== null && f.high !== null ? `${n(f.low)}–${n(f.high)}` : f.low !== null ? `≥ ${n(f.low)}` : '?';
  return [f.qualifier === 'exact' ? null : f.qualifier, core, f.unit].filter(Boolean).join(' ');
}

const figureMark = (f: Figure): Mark => ({
  start: f.start,
  end: f.end,
  kind: 'figure',
  label: [figureValue(f), f.subject, f.measure].filter(Boolean).join(' · '),
  title: `figure · ${f.category} · value ${figureValue(f)} · counts: ${f.subject ?? '—'} · measure: ${f.measure ?? '—'} · source: ${f.source ?? '—'}${f.change ? ` · ${f.change}` : ''}`,
});

const dateMark = (d: TimeExpression): Mark => ({
  start: d.start,
  end: d.end,
  kind: 'date',
  label: d.value ?? 'unresolved',
  title: `${d.type} · value ${d.value ?? 'unresolved'}${d.certain ? '' : ' · inferred'}`,
});

export function marksOf(record: ArticleRecord): Mark[] {
  return [...record.quotes.map(quoteMark), ...record.figures.map(figureMark), ...record.dates.map(dateMark)];
}

/** One paragraph as HTML, the marks that touch it drawn in. */
export function markedParagraph(text: string, offset: number, marks: readonly Mark[]): string {
  const end = offset + text.length;
  const here = marks.filter((m) => m.start < end && m.end > offset);
  if (!here.length) return escapeHtml(text);
  const cuts = new Set<number>([offset, end]);
  for (const m of here) {
    cuts.add(Math.max(offset, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const over = here.filter((m) => m.start < b && m.end > a);
    const piece = escapeHtml(text.slice(a - offset, b - offset));
    html += over.length
      ? `<span class="${[...new Set(over.map((m) => `m-${m.kind}`))].join(' ')}" title="${escapeHtml(over.map((m) => m.title).join('\n'))}">${piece}</span>`
      : piece;
    // Labels of marks ending here (or cut off by the paragraph's end), innermost first so they read outward.
    for (const m of over.filter((x) => Math.min(x.end, end) === b).sort((x, y) => y.start - x.start)) {
      html += `<span class="tag tag-${m.kind}">${escapeHtml(m.label)}</span>`;
    }
  }
  return html;
}
