/** A deterministic force-directed layout (Fruchterman–Reingold with gravity): no randomness, fixed iterations. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Lay out `count` nodes joined by `links` (index pairs) in a width × height box.
 * Starts from a sunflower spiral in index order, so the same input always gives the same picture.
 */
export function layoutGraph(count: number, links: readonly (readonly [number, number])[], width: number, height: number): Point[] {
  if (count === 0) return [];
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const r = Math.sqrt((i + 0.5) / count);
    xs[i] = r * Math.cos(i * GOLDEN_ANGLE);
    ys[i] = r * Math.sin(i * GOLDEN_ANGLE);
  }
  const k = Math.sqrt(1 / count);
  const iterations = 300;
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  for (let it = 0; it < iterations; it++) {
    const temperature = 0.1 * (1 - it / iterations) + 0.002;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const ddx = xs[i]! - xs[j]!;
        const ddy = ys[i]! - ys[j]!;
        const d2 = Math.max(ddx * ddx + ddy * ddy, 1e-6);
        const f = (k * k) / d2;
        dx[i]! += ddx * f;
        dy[i]! += ddy * f;
        dx[j]! -= ddx * f;
        dy[j]! -= ddy * f;
      }
    }
    for (const [a, b] of links) {
      const ddx = xs[a]! - xs[b]!;
      const ddy = ys[a]! - ys[b]!;
      const d = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 1e-3);
      const f = d / k;
      dx[a]! -= ddx * f;
      dy[a]! -= ddy * f;
      dx[b]! += ddx * f;
      dy[b]! += ddy * f;
    }
    for (let i = 0; i < count; i++) {
      dx[i]! -= xs[i]! * 2;
      dy[i]! -= ys[i]! * 2;
      const len = Math.max(Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!), 1e-9);
      const step = Math.min(len, temperature);
      xs[i]! += (dx[i]! / len) * step;
      ys[i]! += (dy[i]! / len) * step;
    }
  }
  return fit(xs, ys, width, height);
}

/** Scale the positions into the box (keeping a margin), rounded to 0.1 so the output is byte-stable. */
function fit(xs: Float64Array, ys: Float64Array, width: number, height: number): Point[] {
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const margin = 60;
  const sx = maxX > minX ? (width - 2 * margin) / (maxX - minX) : 0;
  const sy = maxY > minY ? (height - 2 * margin) / (maxY - minY) : 0;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return Array.from(xs, (x, i) => ({
    x: round(sx === 0 ? width / 2 : margin + (x - minX) * sx),
    y: round(sy === 0 ? height / 2 : margin + (ys[i]! - minY) * sy),
  }));
}
