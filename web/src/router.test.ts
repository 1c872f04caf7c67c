import { describe, expect, it } from 'vitest'
import { href, parse, type Route } from './router'

describe('deep links', () => {
  const cases: [string, Route][] = [
    ['/explore', { name: 'home' }],
    ['/explore/search?q=%E5%BB%B6%E5%AF%BF', { name: 'search', q: '延寿' }],
    ['/explore/search?q=%E5%BB%B6%E5%AF%BF&kind=OFFICIAL', { name: 'search', q: '延寿', kind: 'OFFICIAL' }],
    ['/explore/entity/Region:230129', { name: 'entity', id: 'Region:230129', hops: 1, limit: 60 }],
    ['/explore/entity/Industry:%E5%85%89%E4%BC%8F?hops=2&limit=300', { name: 'entity', id: 'Industry:光伏', hops: 2, limit: 300 }],
    ['/explore/path?from=Official%3Aoff%3Aab&to=Industry%3A%E5%85%89%E4%BC%8F', { name: 'path', from: 'Official:off:ab', to: 'Industry:光伏' }],
    ['/explore/map?metric=%E8%B4%AB%E5%9B%B0%E5%8F%91%E7%94%9F%E7%8E%87&year=2019', { name: 'map', metric: '贫困发生率', year: '2019' }],
    ['/explore/map?metric=%E5%8F%97%E5%B8%AE%E6%89%B6&all=1', { name: 'map', metric: '受帮扶', year: '', all: true }],
    ['/explore/analytics?by=PAGERANK', { name: 'analytics', by: 'PAGERANK' }],
    ['/explore/analytics?county=%E5%BB%B6%E5%AF%BF%E5%8E%BF', { name: 'analytics', by: 'DEGREE', county: '延寿县' }],
  ]
  it.each(cases)('%s parses and prints back', (url, route) => {
    const u = new URL(url, 'http://x')
    expect(parse(u.pathname, u.search)).toEqual(route)
    const back = new URL(href(route), 'http://x')
    expect(parse(back.pathname, back.search)).toEqual(route)
  })

  it('clamps hops and limit to what the API takes', () => {
    expect(parse('/explore/entity/Region:1', '?hops=9&limit=100000')).toEqual({ name: 'entity', id: 'Region:1', hops: 3, limit: 500 })
    expect(parse('/explore/entity/Region:1', '?hops=x')).toMatchObject({ hops: 1 })
  })

  it('keeps the colon of ids readable', () => {
    expect(href({ name: 'entity', id: 'Industry:光伏', hops: 1, limit: 60 })).toBe('/explore/entity/Industry:%E5%85%89%E4%BC%8F')
  })

  it('names unknown paths', () => {
    expect(parse('/explore/nope', '')).toEqual({ name: 'notfound', path: '/explore/nope' })
    expect(parse('/explore/entity/%E0%A4%A', '')).toMatchObject({ name: 'notfound' })
  })
})
