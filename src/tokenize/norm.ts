/** Lower case, without possessive 's and edge punctuation: "Japan's" → "japan", "U.S." → "u.s". */
export function normToken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Does a word start with an upper-case letter (or a digit, for "G7")? */
export function isCapitalized(text: string): boolean {
  return /^[\p{Lu}]/u.test(text) || /^[A-Z]\d/.test(text);
}
