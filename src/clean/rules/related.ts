import type { RuleSet } from './types.js';

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
      pattern: /^(?:related(?: articles?| stories| content| coverage| links?| reading)?|read more|read next|more from [^.!?]{1,40}|recommended(?: for you| stories| reading)?|you may (?:also )?like|you might (?:also )?like|also read|see also|more stories|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|editor'?s picks?|further reading|what to read next)\b[^.!?]{0,120}$/i,
      maxChars: 140,
    },
    { id: 'related.read-also', category: 'related', pattern: /^(?:read|see|watch|listen|related|also|more)(?:\s*(?:also|more|next))?\s*:\s*\S/i, maxChars: 200 },
  ],
};
