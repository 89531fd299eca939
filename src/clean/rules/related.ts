import type { RuleSet } from './types.js';

/**
 * "Read also" in the languages of the news we see: a section label on its own, or the lead of an inline link.
 * German, French, Spanish, Italian, Dutch, Norwegian/Danish, Swedish, Portuguese, Polish.
 */
const READ_ALSO = "lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie auch interessieren|(?:à )?lire aussi|sur le même sujet|lee también|te puede interesar|leggi anche|potrebbe interessarti|lees ook|les også|læs også|läs också|leia também|veja também|czytaj (?:też|także|więcej)|zobacz (?:też|także)";

/** Links to other stories: related, recommended, most read, recirculation widgets. */
export const related: RuleSet = {
  markup: [
    // Asides are pull quotes, fact boxes and rails of other stories; when one holds the story, the flag is overruled.
    { id: 'related.aside', category: 'related', tags: ['aside'] },
    {
      id: 'related.class',
      category: 'related',
      tokens: ['related', 'recommended', 'recommendations', 'recirc', 'trending', 'popular', 'mostread', 'mostpopular',
        'readmore', 'morestories', 'alsoread', 'youmaylike', 'further', 'upnext', 'readnext', 'moreonthis'],
      prefixes: ['outbrain', 'taboola', 'recirculation', 'relatedarticle', 'relatedstor', 'relatedcontent', 'related_', 'zergnet'],
    },
  ],
  text: [
    {
      id: 'related.label',
      category: 'related',
      pattern: new RegExp(`^(?:related(?: articles?| stories| content| coverage| links?| reading)?|read more|read next|more from [^.!?]{1,40}|recommended(?: for you| stories| reading)?|you may (?:also )?like|you might (?:also )?like|also read|see also|more stories|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|editor'?s picks?|further reading|what to read next|${READ_ALSO})(?![\\p{L}])[^.!?]{0,120}$|^more(?: on this(?: story)?| coverage)?\\s*:$`, 'iu'),
      maxChars: 140,
    },
    { id: 'related.read-also', category: 'related', pattern: new RegExp(`^(?:(?:read|see|watch|listen|related|also|more)(?:\\s*(?:also|more|next))?|${READ_ALSO})\\s*:\\s*\\S`, 'iu'), maxChars: 200 },
  ],
};
