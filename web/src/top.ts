// Relationship lists of the API keep the `first` facts with the most support
// (ties: the far node's key), in name order. A view asks for one more than it
// shows, to tell a cut list from a whole one, and shows what the server
// would have kept.

/**
 * The facts of a list asked for with first = bound + 1, as the server would
 * have chosen them with first = bound: all when there are at most bound;
 * else without the one it would have left out, the least supported (ties:
 * the far node of greatest key, the part of its global id after the type),
 * in the server's order (by name).
 */
export function top<T>(list: T[], bound: number, far: (x: T) => { id: string }, support: (x: T) => number = () => 0): T[] {
  if (list.length <= bound) return list
  const key = (x: T) => far(x).id.slice(far(x).id.indexOf(':') + 1)
  const ranked = [...list].sort((a, b) => support(b) - support(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  const left = new Set(ranked.slice(bound))
  return list.filter((x) => !left.has(x))
}
