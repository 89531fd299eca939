// The adversarial inputs of the hardening suite, generated rather than committed: each is a function of a
// seed-free recipe so that a failure replays exactly. Used by adversarial.test.ts (one child process per input,
// for an honest peak RSS) and by the bench (`npm run bench -- --adversarial`), which reports their times.

const MB = 1024 * 1024;

/** A deterministic byte stream (xorshift32): "random" bytes that are the same on every run. */
export function pseudoRandomBytes(length, seed = 0x9e3779b9) {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export const STORY = [
  'The city council voted on Tuesday to approve a new budget that raises spending on public transit by a fifth, ending months of debate.',
  'Supporters said the plan would cut commute times across the region, while critics warned that it relied on optimistic revenue forecasts.',
  '“This is the most important vote we have taken in a decade,” said Maria Lopez, the council president, who had pushed for the measure.',
  'More than 300 residents attended the meeting, according to officials, and at least 12 people were turned away at the door.',
];
const HEADLINE = 'Council approves transit budget after months of debate';
const article = (paragraphs = STORY) => `<article><h1>${HEADLINE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (body, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`;

/** A page of `mb` megabytes: the story, then ordinary paragraphs of prose until the size is reached. */
export function pageOfSize(mb) {
  const filler = '<p>Officials said on Tuesday that the talks would resume next week, and more than 30 people were hurt in the clashes, according to “local sources” in the city.</p>';
  return page(article() + filler.repeat(Math.ceil((mb * MB) / filler.length)));
}

const jsonLd = (json) => page(article(), `<script type="application/ld+json">${json}</script>`);
const utf16le = (text) => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** Text as UTF-8 bytes, or as Latin-1 for a binary header written as a string. */
const ascii = (s, encoding = 'utf8') => new Uint8Array(Buffer.from(s, encoding));

/**
 * name → { make, expect }: `expect` is what the record must show besides being valid — `story` (the story's
 * paragraphs are in the body), `body` (some body was found), `noBody` (the body is empty and a diagnostic says
 * why), `diagnostic` (a code that must be present).
 */
export const ADVERSARIAL = {
  'nested divs (100,000)': { make: () => page('<div>'.repeat(100_000) + article() + '</div>'.repeat(100_000)), expect: { story: true } },
  'unclosed nested divs (100,000)': { make: () => page('<div>'.repeat(100_000) + article()), expect: { story: true } },
  'a 30 MB page': { make: () => pageOfSize(30), expect: { story: true, diagnostic: 'input.truncated' } },
  'a 5 MB line with no spaces (text)': { make: () => `${HEADLINE}\n\n${'x'.repeat(5 * MB)}`, expect: { body: true, diagnostic: 'enrich.truncated' } },
  'a 5 MB line with no spaces (HTML)': { make: () => page(article() + `<p>${'x'.repeat(5 * MB)}</p>`), expect: { story: true } },
  '1,000,000 quotation marks': { make: () => `${HEADLINE}\n\n${'"'.repeat(1_000_000)}`, expect: { body: true } },
  '1,000,000 curly quotation marks in a story': { make: () => page(article([...STORY, '“'.repeat(500_000) + '”'.repeat(500_000)])), expect: { story: true } },
  // One run-on sentence with 32,000 dates: every search of the dates and events stages is bounded or read once.
  'a sentence with 32,000 dates (text)': { make: () => `${HEADLINE}\n\nOfficials said ${Array.from({ length: 32_000 }, () => 'talks collapsed on Monday and resumed').join(' and ')}.`, expect: { body: true, diagnostic: 'dates.truncated' } },
  '200,000 paragraphs': { make: () => page(article() + '<p>Short line.</p>'.repeat(200_000)), expect: { story: true } },
  '200,000 short lines (text)': { make: () => `${HEADLINE}\n\n${STORY.join('\n\n')}\n\n${'Short line.\n'.repeat(200_000)}`, expect: { story: true } },
  '100,000 nested <b> in a paragraph': { make: () => page(article([...STORY, '<b>'.repeat(100_000) + 'bold' + '</b>'.repeat(100_000)])), expect: { story: true } },
  // A story drowned in 100,000 one-word lines: some body is kept, not necessarily the story.
  '100,000 <br> in a paragraph': { make: () => page(article([...STORY, 'word<br>'.repeat(100_000)])), expect: { body: true } },
  '100,000 <br> in a byline': { make: () => page(`<p class="byline">By Jane Doe<br>${'word<br>'.repeat(100_000)}</p>` + article()), expect: { story: true } },
  '100,000 <br> in a date line': { make: () => page(`<div class="post-date">${'March 5, 2024<br>'.repeat(100_000)}</div>` + article()), expect: { story: true } },
  'a table of 100,000 cells': { make: () => page(article() + `<table>${'<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>'.repeat(25_000)}</table>`), expect: { story: true } },
  'a menu of 100,000 links': { make: () => page(`<nav>${Array.from({ length: 100_000 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>` + article()), expect: { story: true } },
  'random bytes (1 MB)': { make: () => pseudoRandomBytes(MB), expect: { noBody: true, diagnostic: 'input.binary' } },
  'a PNG': { make: () => concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), ascii('IHDR'), pseudoRandomBytes(200_000, 7)), expect: { noBody: true } },
  'a PDF': { make: () => concat(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'), pseudoRandomBytes(200_000, 11), ascii('\nendstream\nendobj\n%%EOF\n')), expect: { noBody: true } },
  'invalid UTF-8': {
    // Broken sequences in a paragraph of their own, between the story's paragraphs.
    make: () => {
      const [head, tail] = page(article()).split('</p><p>More than');
      return concat(ascii(`${head}</p><p>Broken: `), Uint8Array.of(0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xed, 0xa0, 0x80), ascii(`</p><p>More than${tail}`));
    },
    expect: { story: true },
  },
  'lone surrogates': { make: () => page(article(STORY.map((p) => p.replace(/ /g, ' \ud800 ').replace(/e/g, 'e\udfff')))), expect: { body: true } },
  'stray NUL characters': { make: () => page(article()).replace(/(.{37})/gs, '$1\u0000'), expect: { story: true, diagnostic: 'input.nul' } },
  'NUL-padded bytes': { make: () => concat(...Array.from({ length: 2000 }, () => Uint8Array.of(0x41, 0, 0, 0))), expect: { noBody: true, diagnostic: 'input.binary' } },
  'a UTF-16 page with a BOM': { make: () => utf16le(page(article())), expect: { story: true } },
  'an RTL page (Arabic)': {
    make: () =>
      page(article(['قال مسؤولون يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل بعد توقف دام شهرين.', 'وأصيب أكثر من 30 شخصا في الاشتباكات، بحسب مصادر محلية في المدينة.', '«هذه أهم خطوة منذ عقد»، قال رئيس المجلس للصحفيين.'])).replace('lang="en"', 'lang="ar" dir="rtl"'),
    expect: { body: true },
  },
  'a CJK page (Chinese)': {
    make: () =>
      page(article([
        '国务院总理周二在北京主持召开国务院常务会议，听取关于今年以来经济运行情况的汇报，部署进一步扩大内需、稳定就业的政策措施。会议指出，今年以来各地区各部门认真落实决策部署。',
        '会议强调，要把稳就业放在更加突出的位置，加大对中小微企业的支持力度，落实好减税降费政策，帮助企业渡过难关。同时要加强对重点群体的就业帮扶。',
        '“我们有信心、有能力实现全年经济社会发展目标，”一位官员在会后对记者表示。据统计，前三季度全国城镇新增就业超过一千万人。',
      ])).replace('lang="en"', 'lang="zh"'),
    expect: { body: true },
  },
  'only scripts': { make: () => page('<script>var a = "<p>not text</p>";</script>'.repeat(20_000)), expect: { noBody: true } },
  'a search-results page': {
    make: () => page(`<h1>Search results for "budget"</h1><ol>${Array.from({ length: 50 }, (_, i) => `<li><a href="/s/${i}"><h3>Result ${i}: budget story</h3></a><p>…the council voted on the budget ${i} days ago…</p></li>`).join('')}</ol>`),
    expect: {},
  },
  'a home page of headlines': {
    make: () => page(Array.from({ length: 120 }, (_, i) => `<section><h2><a href="/n/${i}">Headline number ${i} about the news of the day</a></h2><p>A teaser for story ${i}.</p></section>`).join('')),
    expect: { noBody: true },
  },
  'a 1 MB <title> of separators': {
    make: () => page(article()).replace(/<title>[^<]*<\/title>/, `<title>${'Ab | '.repeat(200_000)}five words of a headline</title><meta property="og:title" content="${'Ab | '.repeat(200_000)}x">`),
    expect: { story: true },
  },
  '100,000 meta tags': { make: () => page(article(), Array.from({ length: 100_000 }, (_, i) => `<meta name="k${i}" content="value ${i}">`).join('')), expect: { story: true } },
  'a 1 MB meta description': { make: () => page(article(), `<meta name="description" content="${'A sentence of the description. '.repeat(35_000)}">`), expect: { story: true } },
  'a byline of 50,000 names': { make: () => page(`<p class="byline">By ${Array.from({ length: 50_000 }, (_, i) => `Name${i} Surname`).join(', ')}</p>` + article()), expect: { story: true } },
  '20,000 h1 headings': { make: () => page('<h1>A heading that is not the story</h1>'.repeat(20_000) + article()), expect: { story: true } },
  'a 1 MB caption': { make: () => page(`<figure><img src="a.jpg"><figcaption>${'A Caption Word '.repeat(70_000)}/ Getty</figcaption></figure>` + article()), expect: { story: true } },
  '50,000 JSON-LD authors': {
    make: () => jsonLd(JSON.stringify({ '@type': 'NewsArticle', headline: HEADLINE, author: Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Person', name: `Author ${i}` })) })),
    expect: { story: true },
  },
  'huge JSON-LD (5 MB)': {
    make: () => jsonLd(JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, articleBody: 'word '.repeat(MB), keywords: Array.from({ length: 50_000 }, (_, i) => `k${i}`) })),
    expect: { story: true, diagnostic: 'jsonld.too-large' },
  },
  'deep JSON-LD (50,000 levels)': { make: () => jsonLd('{"@type":"NewsArticle","a":'.repeat(50_000) + '1' + '}'.repeat(50_000)), expect: { story: true } },
  'malformed JSON-LD': { make: () => jsonLd('{"@type": "NewsArticle", "headline": "Broken", "author": [{"name": "A'), expect: { story: true } },
  'JSON-LD cyclic through @id': {
    make: () =>
      jsonLd(JSON.stringify({ '@context': 'https://schema.org', '@graph': [
        { '@id': '#a', '@type': 'NewsArticle', headline: HEADLINE, author: { '@id': '#p' }, isPartOf: { '@id': '#w' }, mainEntityOfPage: { '@id': '#a' } },
        { '@id': '#p', '@type': 'Person', name: 'Maria Lopez', worksFor: { '@id': '#w' }, knows: { '@id': '#p' } },
        { '@id': '#w', '@type': 'WebPage', hasPart: { '@id': '#a' }, about: { '@id': '#w' } },
      ] })),
    expect: { story: true },
  },
  'JSON-LD with __proto__ and constructor keys': {
    make: () =>
      jsonLd('{"@type":"NewsArticle","headline":"Proto","__proto__":{"polluted":"yes","headline":"From the prototype"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"Injected"},"name":"Maria Lopez"}}'),
    expect: { story: true },
  },
};
