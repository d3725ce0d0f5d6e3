/** Where a JSON pointer (ajv's instancePath) points in a JSON text: the 1-based line of its key or value. */

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A small scanner over already-valid JSON that stops at the first position of `target`. */
class Locator {
  private pos = 0;
  found = -1;
  constructor(
    private readonly text: string,
    private readonly target: string,
  ) {}

  private ws(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private string(): string {
    const start = this.pos;
    this.pos++; // opening quote
    while (this.pos < this.text.length && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  value(path: string): void {
    this.ws();
    if (path === this.target && this.found < 0) this.found = this.pos;
    const c = this.text[this.pos];
    if (c === '{') this.members(path);
    else if (c === '[') this.items(path);
    else if (c === '"') this.string();
    else while (this.pos < this.text.length && !/[\s,\]}]/.test(this.text[this.pos]!)) this.pos++;
  }

  private members(path: string): void {
    this.pos++;
    for (;;) {
      this.ws();
      if (this.text[this.pos] === '}' || this.pos >= this.text.length || this.found >= 0) break;
      const keyPos = this.pos;
      const child = `${path}/${escapePointer(this.string())}`;
      if (child === this.target) this.found = keyPos;
      this.ws();
      this.pos++; // colon
      this.value(child);
      this.ws();
      if (this.text[this.pos] === ',') this.pos++;
    }
    this.pos++;
  }

  private items(path: string): void {
    this.pos++;
    for (let i = 0; ; i++) {
      this.ws();
      if (this.text[this.pos] === ']' || this.pos >= this.text.length || this.found >= 0) break;
      this.value(`${path}/${i}`);
      this.ws();
      if (this.text[this.pos] === ',') this.pos++;
    }
    this.pos++;
  }
}

/** The line of `pointer` ("/rules/3/output") in `text`; the nearest existing ancestor's line, or 1. */
export function lineOfPointer(text: string, pointer: string): number {
  let target = pointer;
  for (;;) {
    const loc = new Locator(text, target);
    try {
      loc.value('');
    } catch {
      return 1;
    }
    if (loc.found >= 0) return lineAt(text, loc.found);
    if (target === '') return 1;
    target = target.slice(0, target.lastIndexOf('/'));
  }
}
