import type { RuleSet } from './types.js';

/** Pushes to register or log in. */
export const registration: RuleSet = {
  markup: [
    { id: 'registration.class', category: 'registration', tokens: ['login', 'signin', 'register', 'registration', 'regwall', 'auth'], prefixes: ['login-', 'signin-', 'register-'] },
  ],
  text: [
    { id: 'registration.register-for-access', category: 'registration', pattern: /\b(?:register|sign up|create (?:a |an |your )?(?:free )?account|log ?in|sign in)\b[^.!?]{0,60}\b(?:full|unlimited|free) access\b/i, maxChars: 240, access: 'metered' },
    // Registration walls ask for an account, not money: the page is metered, not paywalled.
    { id: 'registration.to-continue', category: 'registration', pattern: /\b(?:register|sign up|log ?in|sign in|create (?:a |an )?(?:free )?account)\b[^.!?]{0,40}\bto (?:continue|keep|finish) reading\b/i, maxChars: 300, access: 'metered' },
    { id: 'registration.please-register', category: 'registration', pattern: /^please (?:register|log ?in|sign in|create an account)\b/i, maxChars: 240 },
    { id: 'registration.to-comment', category: 'registration', pattern: /\b(?:register|log ?in|sign in)\b[^.!?]{0,40}\bto (?:post |leave |add )?comments?\b/i, maxChars: 200 },
  ],
};
