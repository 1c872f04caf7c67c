// Deep links: every view is a URL under /explore, and a URL reproduces its view.
//   /explore                              home
//   /explore/search?q=<text>[&kind=COUNTY]  search
//   /explore/entity/<global id>[?hops=&limit=]   entity view with its neighbourhood
//   /explore/path?from=<id>&to=<id>       path finder
//   /explore/map?metric=<metric>&year=<year>[&all=1]  map (all=1: the whole country)
//   /explore/analytics[?by=DEGREE&county=<name>]  analytics panel
import { useEffect, useState } from 'preact/hooks'

export const BASE = '/explore'

export type Route =
  | { name: 'home' }
  | { name: 'search'; q: string; kind?: string }
  | { name: 'entity'; id: string; hops: number; limit: number }
  | { name: 'path'; from: string; to: string }
  | { name: 'map'; metric: string; year: string; all?: boolean }
  | { name: 'analytics'; by: string; county?: string }
  | { name: 'notfound'; path: string }

function int(v: string | null, def: number, min: number, max: number): number {
  const n = v === null ? NaN : parseInt(v, 10)
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : def
}

export function parse(pathname: string, search: string): Route {
  const q = new URLSearchParams(search)
  let p = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname
  p = p.replace(/\/+$/, '')
  if (p === '') return { name: 'home' }
  if (p === '/search') return q.get('kind') ? { name: 'search', q: q.get('q') ?? '', kind: q.get('kind')! } : { name: 'search', q: q.get('q') ?? '' }
  if (p.startsWith('/entity/')) {
    let id = p.slice('/entity/'.length)
    try {
      id = decodeURIComponent(id)
    } catch {
      return { name: 'notfound', path: pathname }
    }
    return { name: 'entity', id, hops: int(q.get('hops'), 1, 1, 3), limit: int(q.get('limit'), 60, 1, 500) }
  }
  if (p === '/path') return { name: 'path', from: q.get('from') ?? '', to: q.get('to') ?? '' }
  if (p === '/map') return q.get('all') === '1' ? { name: 'map', metric: q.get('metric') ?? '', year: q.get('year') ?? '', all: true } : { name: 'map', metric: q.get('metric') ?? '', year: q.get('year') ?? '' }
  if (p === '/analytics') return q.get('county') ? { name: 'analytics', by: q.get('by') ?? 'DEGREE', county: q.get('county')! } : { name: 'analytics', by: q.get('by') ?? 'DEGREE' }
  return { name: 'notfound', path: pathname }
}

// encodeId keeps ':' readable in a path segment (Region:230129).
function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':')
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? '?' + s : ''
}

export function href(r: Route): string {
  switch (r.name) {
    case 'home':
      return BASE
    case 'search':
      return `${BASE}/search${query({ q: r.q, kind: r.kind })}`
    case 'entity':
      return `${BASE}/entity/${encodeId(r.id)}${query({ hops: r.hops === 1 ? undefined : r.hops, limit: r.limit === 60 ? undefined : r.limit })}`
    case 'path':
      return `${BASE}/path${query({ from: r.from, to: r.to })}`
    case 'map':
      return `${BASE}/map${query({ metric: r.metric, year: r.year, all: r.all ? 1 : undefined })}`
    case 'analytics':
      return `${BASE}/analytics${query({ by: r.by === 'DEGREE' ? undefined : r.by, county: r.county })}`
    case 'notfound':
      return r.path
  }
}

export function entityHref(id: string): string {
  return href({ name: 'entity', id, hops: 1, limit: 60 })
}

const listeners = new Set<() => void>()

/** Goes to url; replace keeps the history entry (for typing and controls). */
export function navigate(url: string, replace = false) {
  if (url === location.pathname + location.search) return
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  listeners.forEach((f) => f())
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.pathname, location.search))
  useEffect(() => {
    const update = () => setRoute(parse(location.pathname, location.search))
    listeners.add(update)
    addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      removeEventListener('popstate', update)
    }
  }, [])
  return route
}

/** onLinkClick turns a click on an <a href> into an in-page navigation. */
export function onLinkClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  const a = (e.target as Element | null)?.closest?.('a')
  if (!a || a.target || !a.getAttribute('href')?.startsWith(BASE)) return
  e.preventDefault()
  navigate(a.getAttribute('href')!)
}
