import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { matchMarkupRule } from '../../src/clean/markup.js';

const el = (html: string) => load(html).root().children().first()[0] as Element;

describe('markup rules', () => {
  it.each([
    ['navigation.tag', '<nav><a href="/">Home</a></nav>'],
    ['navigation.role', '<div role="navigation">Menu</div>'],
    ['navigation.class', '<div class="site-breadcrumbs">Home › News</div>'],
    ['related.class', '<section class="related-stories">…</section>'],
    ['related.class', '<div id="outbrain_widget_1">…</div>'],
    ['social.class', '<div class="article-share-bar">…</div>'],
    ['comments.class', '<section id="comments">…</section>'],
    ['newsletter.class', '<div class="newsletter-signup">…</div>'],
    ['donation.class', '<section class="donation-appeal">…</section>'],
    ['meter.class', '<aside class="meter-bar">…</aside>'],
    ['paywall.class', '<div class="paywall-prompt">…</div>'],
    ['registration.class', '<div class="registration-wall">…</div>'],
    ['consent.class', '<div id="onetrust-banner-sdk">…</div>'],
    ['advertisement.class', '<div class="ad-slot">…</div>'],
    ['caption.tag', '<figcaption>A caption</figcaption>'],
    ['credit.class', '<span class="image-credit">AP</span>'],
    ['hidden.attribute', '<div hidden>…</div>'],
    ['hidden.style', '<div style="display: none">…</div>'],
    ['hidden.style', '<div class="subscriber-login" style="display:none">…</div>'],
    ['hidden.style', '<div class="only-subscriber-menu" style="display:none">…</div>'],
    ['hidden.overlay', '<div class="modal-newsletter">…</div>'],
  ])('%s fires on %s', (id, html) => {
    expect(matchMarkupRule(el(html))?.id).toBe(id);
  });

  // Class words that only look like boilerplate: part of a longer word, or a state of the page.
  it.each([
    '<div class="shadow-box">story</div>',
    '<div class="header-title">story</div>',
    '<div class="loaded">story</div>',
    '<div class="has-comments">story</div>',
    '<div class="shared-content">story</div>',
    '<div class="entry-content">story</div>',
    '<div class="article-body">story</div>',
    '<section class="meteredContent">gated story</section>',
    // The rest of the story, hidden until a subscriber logs in, is still the story.
    '<div class="subscriber-only" style="display:none"><p>gated story</p></div>',
    '<div class="subscribers-only" hidden><p>gated story</p></div>',
    '<div class="paywall">gated story</div>',
    '<main class="nav-open">story</main>',
    '<p class="lead">story</p>',
  ])('does not fire on %s', (html) => {
    expect(matchMarkupRule(el(html))).toBeNull();
  });
});

describe('taxonomy classes', () => {
  it.each([
    '<article class="post type-post category-news tag-navigation tag-comments">story</article>',
    '<article class="topic-advertising series-related-stories">story</article>',
  ])('are topics, not page parts: %s', (html) => {
    expect(matchMarkupRule(el(html))).toBeNull();
  });
});
