/**
 * Where the picture's node labels go, so that no two overlap: the most mentioned nodes are labelled
 * first, each label takes the first free place (above, below, right, left of its circle), and a
 * label with no free place is left out (the node's tooltip still names it). Widths are estimated
 * from the label's length at the picture's font size, generously, so the estimate errs on the safe side.
 */
import type { Point } from './layout.js';

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

/** 11px text: wide letters are about 0.6 em; this is the estimate's per-character width and the line height. */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 14;
const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The label's box for an anchor point (x, baseline y). */
function boxAt(x: number, y: number, anchor: LabelPlace['anchor'], chars: number): Box {
  const w = chars * CHAR_WIDTH;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - LINE_HEIGHT + 3, x1: x0 + w, y1: y + 4 };
}

function candidates(p: Point, r: number, chars: number): LabelPlace[] {
  const round = (v: number): number => Math.round(v * 10) / 10;
  const places: [number, number, LabelPlace['anchor']][] = [
    [p.x, p.y - r - GAP, 'middle'],
    [p.x, p.y + r + GAP + LINE_HEIGHT - 4, 'middle'],
    [p.x + r + GAP, p.y + 4, 'start'],
    [p.x - r - GAP, p.y + 4, 'end'],
  ];
  return places.map(([x, y, anchor]) => ({ x: round(x), y: round(y), anchor, box: boxAt(x, y, anchor, chars) }));
}

export function placeLabels(
  labels: readonly string[],
  pos: readonly Point[],
  radius: readonly number[],
  order: readonly number[],
  width: number,
  height: number,
): (LabelPlace | null)[] {
  const circles: Box[] = pos.map((p, i) => ({ x0: p.x - radius[i]!, y0: p.y - radius[i]!, x1: p.x + radius[i]!, y1: p.y + radius[i]! }));
  const taken: Box[] = [];
  const out: (LabelPlace | null)[] = labels.map(() => null);
  for (const i of order) {
    const chars = Array.from(labels[i]!).length;
    const free = candidates(pos[i]!, radius[i]!, chars).find(
      (c) =>
        c.box.x0 >= 0 &&
        c.box.y0 >= 0 &&
        c.box.x1 <= width &&
        c.box.y1 <= height &&
        !taken.some((t) => overlaps(t, c.box)) &&
        !circles.some((b, j) => j !== i && overlaps(b, c.box)),
    );
    if (free) {
      out[i] = free;
      taken.push(free.box);
    }
  }
  return out;
}
