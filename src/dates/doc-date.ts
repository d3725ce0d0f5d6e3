/** The document's own date, from a dateline or a header in its text ("Posted on : 2019-02-12 17:19 KST"). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function detectDocDate(text: string): string | null {
  const head = text.slice(0, 3000);
  const labelled = /(posted on|published(?:_at)?|date|updated|modified on|dateline)\s*:?\s*(\d{4})-(\d{2})-(\d{2})/i.exec(head);
  if (labelled) return valid(Number(labelled[2]), Number(labelled[3]), Number(labelled[4]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2})/.exec(head);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})\s+\d{1,2}:\d{2}/.exec(head);
  if (long) return valid(Number(long[3]), MONTHS.indexOf(long[1]!.slice(0, 3).toLowerCase()) + 1, Number(long[2]));
  return null;
}
