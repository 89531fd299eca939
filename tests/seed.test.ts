import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.js';
import { fixture, norm } from './helpers.js';

// The structure checks of ../shared/acceptance/check-seed.mjs, on our own HTML rendition of the seed page.
const html = fixture('seed/jns-gaza-truce-talks.html');
const record = extractArticle(html, { url: 'https://www.jns.org/gaza-truce-talks-collapse-without-breakthrough/' });
const body = record.body.text;
const has = (hay: string, needle: string) => norm(hay).includes(norm(needle));

describe('seed page, HTML rendition', () => {
  it('finds kicker, headline and dek', () => {
    expect(record.kicker).toBe('Israel at War');
    expect(record.headline).toBe('Gaza truce talks collapse without breakthrough');
    expect(record.dek).toBe('Negotiations had carried without Israel after Hamas refused to supply a list of living abductees.');
  });

  it('invents no author and says why', () => {
    expect(record.authors).toEqual([]);
    expect(record.diagnostics.map((d) => d.code)).toContain('authors.missing');
  });

  it('takes the publication date from JSON-LD', () => {
    expect(record.publishedAt).toEqual({ iso: '2024-03-06T09:12:00+02:00', raw: '2024-03-06T09:12:00+02:00', source: 'jsonld' });
    expect(record.modifiedAt?.iso).toBe('2024-03-06T11:40:00+02:00');
  });

  it('splits the one photo into caption, credit and source', () => {
    expect(record.media).toEqual([
      { caption: 'Israeli forces operating in the Gaza Strip, Feb. 10, 2024.', credit: 'IDF', src: 'https://images.jns.org/2024/02/idf-gaza-strip.jpg' },
    ]);
  });

  it('keeps exactly the 12 story paragraphs, with true offsets', () => {
    expect(norm(body).startsWith(norm('Ceasefire talks in Cairo between Hamas and mediators'))).toBe(true);
    expect(norm(body).endsWith(norm('but we’re going to do it.”'))).toBe(true);
    expect(record.body.paragraphs).toHaveLength(12);
    for (const p of record.body.paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves no boilerplate, caption or credit in the body', () => {
    for (const junk of ['You have read', 'Register to receive', 'Just before you scroll', 'donating today', 'loyal JNS Reader',
      'Never miss a thing', 'breaking news updates', 'Credit: IDF', 'update desk', 'misinformation on Israel', 'post comments', 'Advertisement']) {
      expect(has(body, junk), junk).toBe(false);
    }
    expect(body).not.toMatch(/^\s*(Topics|Comments)\s*$/m);
  });

  it('accounts for every boilerplate line in removed[], by category', () => {
    for (const line of ['You have read 3 articles this month', 'Register to receive full access to JNS', 'Just before you scroll on',
      'JNS is combating the stream of misinformation', 'Become a part of our mission by donating today', 'Thank you. You are a loyal JNS Reader',
      'You have read more than 10 articles this month', 'Please register for full access', 'Never miss a thing',
      'Get the best stories faster with JNS breaking news updates']) {
      expect(record.removed.some((r) => has(r.text, line)), line).toBe(true);
    }
    const category = (w: string) => record.removed.find((r) => has(r.text, w))?.category;
    expect(category('donating today')).toBe('donation');
    expect(category('You have read 3 articles')).toBe('meter');
    expect(category('breaking news updates')).toBe('newsletter');
  });

  it('marks the page as metered from the meter prompts', () => {
    expect(record.access.paywall).toBe('metered');
    expect(record.access.evidence.some((e) => has(e, 'You have read 3 articles'))).toBe(true);
  });

  it('reads site name, canonical URL and language from the markup', () => {
    expect(record.siteName).toBe('JNS.org');
    expect(record.canonicalUrl).toBe('https://www.jns.org/gaza-truce-talks-collapse-without-breakthrough/');
    expect(record.language).toBe('en-US');
  });
});

describe('seed page, plain-text scrape', () => {
  const text = fixture('seed/jns-gaza-truce-talks.txt');
  const fromText = extractArticle(text);
  const textBody = fromText.body.text;

  it('gives the same body, headline, dek, kicker and media as the HTML rendition', () => {
    expect(fromText.body).toEqual(record.body);
    for (const field of ['headline', 'dek', 'kicker'] as const) expect(fromText[field]).toBe(record[field]);
    expect(fromText.media.map(({ caption, credit }) => ({ caption, credit }))).toEqual(record.media.map(({ caption, credit }) => ({ caption, credit })));
  });

  it('splits the glued section label off the kicker', () => {
    expect(fromText.kicker).toBe('Israel at War');
    expect(has(textBody, 'update desk')).toBe(false);
  });

  it('logs every boilerplate line with its category and marks the page metered', () => {
    const category = (w: string) => fromText.removed.find((r) => has(r.text, w))?.category;
    expect(category('donating today')).toBe('donation');
    expect(category('You have read 3 articles')).toBe('meter');
    expect(category('breaking news updates')).toBe('newsletter');
    expect(category('Credit: IDF')).toBe('caption');
    expect(fromText.removed.filter((r) => r.category === 'duplicate')).toHaveLength(1);
    expect(fromText.access.paywall).toBe('metered');
  });

  it('invents no date or author', () => {
    expect(fromText.publishedAt).toBeNull();
    expect(fromText.authors).toEqual([]);
  });
});

// The quote and people checks of check-seed.mjs, on every rendition: HTML, the text scrape with and without
// a publication date (the year then comes from the caption), and the scrape with straight quotation marks.
const text = fixture('seed/jns-gaza-truce-talks.txt');
const straight = text.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'");
const RENDITIONS: [string, ReturnType<typeof extractArticle>][] = [
  ['html', record],
  ['text, dated', extractArticle(text, { publishedAt: '2024-03-06' })],
  ['text, undated', extractArticle(text)],
  ['text, straight marks', extractArticle(straight, { publishedAt: '2024-03-06' })],
];
// In body order.
const SEED_QUOTES = [
  { w: 'the ball now is in the Americans’ court', kind: 'partial', name: 'Bassem Naim', mention: 'Naim', cue: 'said', recipient: null, date: null },
  { w: 'constructive approach', kind: 'partial', name: 'Kamala Harris', mention: 'She', cue: 'thanked', recipient: 'Israel', date: null },
  { w: 'Practically it is impossible to know who is still alive', kind: 'direct', name: 'Bassem Naim', mention: 'Naim', cue: 'told', recipient: 'the BBC', date: null },
  { w: 'Israel will fight until we achieve total victory', kind: 'direct', name: 'Benjamin Netanyahu', mention: 'the premier', cue: 'said', recipient: null, date: '2024-02-17' },
  { w: 'Victory is within reach', kind: 'direct', name: 'Benjamin Netanyahu', mention: 'he', cue: 'told', recipient: 'ABC News', date: '2024-02-11' },
];

describe.each(RENDITIONS)('seed quotes and people, %s', (_name, rec) => {
  it('finds exactly the five direct and partial quotes, nothing from boilerplate', () => {
    const found = rec.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({
      w: SEED_QUOTES.find((e) => has(q.text, e.w))?.w, kind: q.kind, name: q.speaker?.name, mention: q.speaker?.mention,
      cue: q.cue, recipient: q.recipient, date: q.date,
    }));
    expect(found).toEqual(SEED_QUOTES.map((e) => ({ ...e, w: e.w })));
  });

  it('every quote and speaker span points into the body', () => {
    for (const q of rec.quotes) {
      expect(has(rec.body.text.slice(q.start, q.end), q.text.slice(0, 20))).toBe(true);
      if (q.speaker) expect(rec.body.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
    }
  });

  it('merges each person\'s mentions and roles', () => {
    const person = (n: string) => rec.people.find((p) => p.name === n);
    expect(person('Bassem Naim')?.roles).toEqual(['Senior Hamas official']);
    expect(person('Benjamin Netanyahu')?.roles).toEqual(['Prime Minister']);
    expect(person('Benjamin Netanyahu')?.mentions.map((m) => m.text)).toEqual(['Benjamin Netanyahu', 'Netanyahu', 'the premier', 'he']);
    expect(person('Kamala Harris')?.roles).toEqual(['U.S. Vice President']);
    expect(rec.people.map((p) => p.name)).not.toContain('Hamas');
  });

  it('reads the reported speech too', () => {
    const indirect = rec.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker?.name, q.cue]);
    expect(indirect).toEqual(expect.arrayContaining([['Bassem Naim', 'told'], ['Hamas', 'claims']]));
  });
});
