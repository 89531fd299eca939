import type { RuleSet } from './types.js';

/** Newsletter and alert sign-up pushes. */
export const newsletter: RuleSet = {
  markup: [
    {
      id: 'newsletter.class',
      category: 'newsletter',
      tokens: ['newsletter', 'newsletters', 'signup', 'optin', 'emailsignup', 'subscribeform', 'inlinesignup'],
      prefixes: ['newsletter', 'nl-signup', 'email-signup', 'emailcapture', 'mailchimp', 'mc4wp'],
    },
  ],
  text: [
    { id: 'newsletter.sign-up', category: 'newsletter', pattern: /\b(?:sign up|subscribe|register) (?:now |today |here )?(?:for|to) (?:our|the|my|this)\b[^.!?]{0,50}\b(?:newsletters?|briefing|digest|alerts?|emails?)\b/i, maxChars: 300 },
    { id: 'newsletter.sign-up-for', category: 'newsletter', pattern: /\bsign up (?:now |today |here )?for\b[^.?]{0,60}\b(?:newsletters?|to get (?:the latest|updates|alerts))\b/i, maxChars: 300 },
    { id: 'newsletter.never-miss', category: 'newsletter', pattern: /^never miss (?:a|another) (?:thing|story|beat|headline|update)\b/i, maxChars: 80 },
    { id: 'newsletter.inbox', category: 'newsletter', pattern: /\b(?:delivered|straight|direct|directly|right|sent) (?:straight |directly |right )?to your inbox\b|\bin your inbox (?:every|each)\b/i, maxChars: 240 },
    { id: 'newsletter.get-updates', category: 'newsletter', pattern: /^get (?:the|our) (?:best|latest|top|biggest)\b[^.!?]{0,60}\b(?:stories|news|headlines|updates|alerts)\b/i, maxChars: 160 },
    { id: 'newsletter.email-field', category: 'newsletter', pattern: /^(?:enter your email(?: address)?|your email address|email address)\b/i, maxChars: 80 },
    { id: 'newsletter.sign-up-here', category: 'newsletter', pattern: /\b(?:sign up|subscribe|register) here\.?$/i, maxChars: 200 },
    { id: 'newsletter.confirmed', category: 'newsletter', pattern: /^your subscription (?:has been|is) confirmed\b|\bsubscribing to (?:a|our|this) newsletter indicates\b/i, maxChars: 300 },
    // The consent lines of a sign-up form: "By submitting your information you agree to the Terms…", "Contact me
    // with news and offers from other … brands", "Receive email from us on behalf of our trusted partners".
    { id: 'newsletter.form-consent', category: 'newsletter', pattern: /^by (?:submitting|signing up|subscribing|clicking)\b[^.!?]{0,80}\byou (?:agree|consent|accept)\b|^(?:contact me|receive (?:email|emails|news)) (?:with|from) (?:news|us)\b[^.!?]{0,80}\b(?:offers|partners|sponsors|brands)\b/i, maxChars: 300 },
    { id: 'newsletter.thanks', category: 'newsletter', pattern: /^thanks? (?:you )?for (?:signing up|subscribing)\b/i, maxChars: 200 },
  ],
};
