// Map labels without overlaps: the labels most worth reading are placed
// first, each above its point or, when that is taken, below it; a label
// that fits in neither place is left out (its region's name stays in the
// tooltip of its shape). Labels are CJK names, about one em per character.

export interface LabelWant {
  code: string
  name: string
  x: number
  y: number
  /** Higher is placed first (ties by code, so the result is stable). */
  priority: number
}

export interface LabelPlaced {
  code: string
  name: string
  /** Centre of the text's baseline (text-anchor middle). */
  x: number
  y: number
}

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/** placeLabels chooses where labels of font size fs go; those that would
 * overlap a label already placed are dropped. */
export function placeLabels(wants: LabelWant[], fs: number): LabelPlaced[] {
  const order = [...wants].sort((a, b) => b.priority - a.priority || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const taken: Box[] = []
  const placed: LabelPlaced[] = []
  for (const w of order) {
    const half = (Math.max(1, [...w.name].length) * fs) / 2
    // Baselines above the point, then below it.
    for (const baseline of [w.y - fs / 2, w.y + fs * 1.3]) {
      const box = { x0: w.x - half, x1: w.x + half, y0: baseline - fs, y1: baseline + fs * 0.2 }
      if (!taken.some((t) => overlaps(t, box))) {
        taken.push(box)
        placed.push({ code: w.code, name: w.name, x: w.x, y: baseline })
        break
      }
    }
  }
  return placed
}
