/** English page-furniture phrases (src/clean/furniture.ts applies them; the line features there are language-independent). */
import type { FurniturePhrases } from '../types.js';

export const FURNITURE: FurniturePhrases = {
  subscription:
    /\b(subscri(be|ption)|free articles?|unlimited access|sign ?up|log ?in|newsletter|sponsored content|trial period|all offers|exclusives?|advertisement|cookies?|mobile and tablet apps|most (viewed|read|popular)|related (articles|stories)|share (this|on)|click here|read more|trusted insights|get unlimited|offer ends)\b/i,
  credit: /^\s*(©|\(c\)|photo:|image:|source\s*:|credit:)/i,
  boilerplate: /^(please direct|button that|\*?crawled at|\*?source: \[)/i,
};
