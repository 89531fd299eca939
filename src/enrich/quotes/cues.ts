/**
 * The attribution lexicon: verbs and phrases that introduce what somebody said, as data. A cue's forms are
 * spelled out rather than generated, so "said" and "told" need no morphology at run time.
 */

/** Speech verbs, every form a news sentence uses. The first form names the lemma. */
const SPEECH_VERBS: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posted'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['warn', 'warns', 'warned', 'warning'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['contend', 'contends', 'contended'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noting'],
  ['state', 'states', 'stated', 'stating'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['maintain', 'maintains', 'maintained'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remarks', 'remarked'],
  ['observe', 'observes', 'observed'],
  ['comment', 'comments', 'commented'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['urge', 'urges', 'urged', 'urging'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['praise', 'praises', 'praised', 'praising'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['charge', 'charges', 'charged'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['report', 'reports', 'reported', 'reporting'],
  ['estimate', 'estimates', 'estimated'],
  ['continue', 'continues', 'continued'],
  ['conclude', 'concludes', 'concluded'],
  ['counter', 'counters', 'countered'],
  ['retort', 'retorts', 'retorted'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled'],
  ['whisper', 'whispers', 'whispered'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['disclose', 'discloses', 'disclosed'],
  ['lament', 'laments', 'lamented'],
  ['tout', 'touts', 'touted', 'touting'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['propose', 'proposes', 'proposed'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['criticize', 'criticizes', 'criticized', 'criticise', 'criticised', 'criticizing'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['dismiss', 'dismisses', 'dismissed'],
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['agree', 'agrees', 'agreed'],
  ['believe', 'believes', 'believed'],
  ['think', 'thinks', 'thought'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['mention', 'mentions', 'mentioned'],
  ['caution', 'cautions', 'cautioned'],
  ['question', 'questioned'],
  ['wonder', 'wonders', 'wondered'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['scoff', 'scoffed'],
  ['snap', 'snapped'],
  ['mock', 'mocks', 'mocked'],
  ['proclaim', 'proclaims', 'proclaimed'],
  ['repeat', 'repeats', 'repeated'],
  ['hint', 'hints', 'hinted'],
  ['muse', 'muses', 'mused'],
  ['recount', 'recounts', 'recounted'],
  ['cite', 'cites', 'cited', 'citing'],
  ['label', 'labels', 'labeled', 'labelled'],
  ['brand', 'brands', 'branded'],
  ['liken', 'likens', 'likened'],
  ['deride', 'derides', 'derided'],
  ['refer', 'refers', 'referred', 'referring'],
  ['decry', 'decries', 'decried'],
  ['condemn', 'condemns', 'condemned'],
  ['hail', 'hails', 'hailed'],
  ['characterize', 'characterizes', 'characterized', 'characterise', 'characterised'],
  ['sing', 'sings', 'sang', 'singing'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['rule', 'ruled', 'rules'],
  ['read', 'reads'],
  ['scold', 'scolds', 'scolded'],
  ['lecture', 'lectured'],
  ['plead', 'pleaded', 'pled'],
  ['reference', 'references', 'referenced'],
  ['interrupt', 'interrupts', 'interrupted'],
  ['echo', 'echoes', 'echoed'],
  ['bark', 'barks', 'barked'],
  ['quote', 'quotes', 'quoted'],
];

export const CUE_LEMMA: ReadonlyMap<string, string> = new Map(
  SPEECH_VERBS.flatMap((forms) => forms.map((f) => [f, forms[0]!] as const)),
);

/** Cues that mark attribution alone, even without a quotation: "X said that…", "X told…". */
export const STRONG_CUES = new Set([
  'say', 'tell', 'add', 'write', 'tweet', 'reply', 'respond', 'warn', 'insist', 'acknowledge', 'admit', 'argue',
  'claim', 'contend', 'explain', 'note', 'state', 'declare', 'announce', 'assert', 'maintain', 'recall',
  'remark', 'observe', 'comment', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'concede', 'confirm',
  'deny', 'complain', 'joke', 'quip', 'boast', 'brag', 'charge', 'allege', 'testify', 'report', 'estimate',
  'continue', 'conclude', 'counter', 'retort', 'shout', 'yell', 'whisper', 'stress', 'emphasize', 'reveal',
  'disclose', 'lament', 'exclaim', 'proclaim', 'muse', 'recount', 'ask', 'believe', 'think', 'post', 'hint',
]);

/** Cues whose object is the person spoken to: "told Reuters", "asked reporters". */
export const RECIPIENT_CUES = new Set(['tell', 'ask', 'warn', 'urge', 'thank', 'remind', 'assure', 'inform']);

/** Cues that a direct quotation's clause ("…,” Naim said") may carry after the quote. */
export const REPORTING_CUES = new Set([...STRONG_CUES, 'thank', 'praise', 'urge', 'threaten', 'blast', 'slam',
  'criticize', 'accuse', 'dismiss', 'call', 'describe', 'agree', 'indicate', 'mention', 'caution', 'question',
  'wonder', 'scoff', 'snap', 'mock', 'repeat', 'tout', 'demand', 'propose', 'cite', 'label', 'brand', 'liken',
  'deride', 'refer', 'decry', 'condemn', 'hail', 'characterize', 'sing', 'chant', 'rule', 'read', 'scold', 'lecture', 'plead', 'reference', 'interrupt', 'echo', 'bark', 'quote']);

/** Frames that name the listener after a verb: "said in an interview with X". Lower case, matched on tokens. */
export const RECIPIENT_FRAMES: readonly (readonly string[])[] = [
  ['in', 'an', 'interview', 'with'],
  ['in', 'interview', 'with'],
  ['in', 'a', 'conversation', 'with'],
  ['in', 'comments', 'to'],
  ['in', 'remarks', 'to'],
  ['in', 'a', 'statement', 'to'],
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['said', 'to'],
];

/** Words right before a quoted fragment that mark it as a name, title or scare quote, not speech. */
export const SCARE_MARKERS = new Set([
  'so-called', 'so', 'dubbed', 'titled', 'entitled', 'nicknamed', 'hashtag', 'headline', 'film', 'movie', 'book',
  'song', 'album', 'novel', 'episode', 'slogan', 'term', 'word', 'phrase', 'motto', 'banner', 'sign', 'reads',
  'read', 'marked', 'labeled', 'labelled', 'stamped', 'logo',
]);

/** Pronouns that can be a speaker, with the gender or number they carry. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'plural'], ['it', 'neuter'], ['i', 'first'], ['we', 'first'],
]);

/**
 * Words between a subject and its cue that do not break the link: "Naim also said", "he has repeatedly
 * said". Forms of "be" are left out on purpose: "it is said that…" is a passive with no speaker.
 */
export const CUE_ADVERBS = new Set([
  'also', 'later', 'previously', 'again', 'repeatedly', 'then', 'reportedly', 'once', 'never', 'often',
  'publicly', 'privately', 'recently', 'quickly', 'has', 'had', 'have', 'would', 'will',
  'earlier', 'further', 'last', 'first', 'simply', 'only', 'even', 'frequently', 'long', 'angrily',
  'flatly', 'openly', 'bluntly', 'calmly', 'firmly', 'separately', 'subsequently', 'initially', 'famously',
  'just', 'still', 'already', 'tearfully', 'emphatically', 'loudly', 'softly',
  'did', 'does', 'do', 'could', 'might', 'may', 'can', 'should', 'not', "n't", 'usually', 'always',
]);
