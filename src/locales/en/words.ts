/** English words → numbers: months, weekdays, seasons and small counts (the `Locale` functions of src/locales/en/). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

/** "Feb.", "February", "sept" or "2" → 2; 0 when not a month. */
export function monthNumber(word: string): number {
  if (/^\d{1,2}$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : 0;
  }
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** "Friday" → 5 (ISO: Monday 1 … Sunday 7); 0 when not a weekday. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** "fall" → "FA" (TimeML season codes); null when not a season. */
export function seasonCode(word: string): string | null {
  return SEASONS[word.toLowerCase()] ?? null;
}

/**
 * "two", "2", "twenty-four", "a hundred", "two thousand", "a dozen" → the number; null for vague
 * counts ("a few", "several") and anything else.
 */
export function countNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d{1,3}(?:,?\d{3})?$/.test(w)) return Number(w.replace(',', ''));
  const parts = w.split(/[\s-]+/).filter((p) => p !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const [i, p] of parts.entries()) {
    const n = COUNTS[p];
    if (n === undefined) return null;
    if (n === 100 || n === 1000) {
      current = (current === 0 ? 1 : current) * n;
      if (n === 1000) {
        total += current;
        current = 0;
      }
    } else if ((p === 'a' || p === 'an') && i > 0) return null;
    else current += n;
  }
  return total + current;
}
