import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'preact/hooks'
import { gql, GqlError } from '../api'
import { NeighborhoodDocument, type NeighborhoodQuery } from '../generated/graphql'
import { kindColor, kindLabel, relLabel } from '../kinds'
import { entityHref, href, navigate } from '../router'
import { ErrorBox, Loading, Empty } from '../ui'

type Sub = NeighborhoodQuery['neighborhood']

/** elements converts a subgraph to cytoscape elements, skipping those already drawn. */
export function elements(sub: Sub, has: (id: string) => boolean = () => false): cytoscape.ElementDefinition[] {
  const out: cytoscape.ElementDefinition[] = []
  for (const n of sub.nodes) {
    if (has(n.id)) continue
    out.push({ group: 'nodes', data: { id: n.id, label: n.name.length > 12 ? n.name.slice(0, 12) + '…' : n.name, name: n.name, kind: n.kind, color: kindColor[n.kind] ?? '#999' } })
  }
  for (const e of sub.edges) {
    const id = `${e.source}|${e.type}|${e.target}`
    if (has(id)) continue
    out.push({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type, label: relLabel[e.type] ?? e.type } })
  }
  return out
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      'font-size': 11,
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 16,
      height: 16,
      'min-zoomed-font-size': 7,
      'text-outline-color': '#fff',
      'text-outline-width': 2,
    },
  },
  // Large graphs: only the best-connected nodes are labelled until zoomed in, and edges recede.
  { selector: 'node.major', style: { 'font-size': 18, 'font-weight': 'bold' } },
  { selector: 'node.minor', style: { width: 10, height: 10, 'min-zoomed-font-size': 15 } },
  { selector: 'edge.dense', style: { opacity: 0.25 } },
  { selector: 'node.root', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#222', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
  {
    selector: 'edge',
    style: { width: 1, 'line-color': '#bbb', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.8 },
  },
  { selector: 'edge:selected', style: { 'line-color': '#333', width: 2, label: 'data(label)', 'font-size': 10 } },
]

/** Nodes of graphs larger than this get the large-graph style (labels of the best-connected only). */
export const denseFrom = 100

/** declutter marks all but the best-connected tenth of a large graph's nodes as minor. */
export function declutter(cy: cytoscape.Core) {
  const n = cy.nodes().length
  cy.nodes().removeClass('minor major')
  cy.edges().toggleClass('dense', n > denseFrom)
  if (n <= denseFrom) return
  const degrees = cy.nodes().map((x) => x.degree(false)).sort((a, b) => b - a)
  const threshold = degrees[Math.floor(n / 10)]
  for (const x of cy.nodes()) x.addClass(x.hasClass('root') || x.degree(false) > threshold ? 'major' : 'minor')
}

function layout(cy: cytoscape.Core, n: number) {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: true,
    nodeRepulsion: () => (n > denseFrom ? 40000 : 9000),
    idealEdgeLength: () => (n > denseFrom ? 90 : 70),
    nodeOverlap: 20,
    gravity: n > denseFrom ? 0.6 : 1,
    numIter: n > 200 ? 800 : 1000,
    padding: 20,
  } as cytoscape.LayoutOptions).run()
}

/**
 * The neighbourhood of a node, drawn with cytoscape.js: nodes coloured by
 * kind; clicking a node expands it (its own neighbourhood is added);
 * hops and limit are controls kept in the URL.
 */
export function GraphPanel({ id, hops, limit }: { id: string; hops: number; limit: number }) {
  const box = useRef<HTMLDivElement>(null)
  const cyRef = useRef<cytoscape.Core | null>(null)
  const [state, setState] = useState<{ loading: boolean; error?: GqlError; truncated?: boolean }>({ loading: true })
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 })
  const [selected, setSelected] = useState<{ id: string; name: string; kind: string } | null>(null)

  useEffect(() => {
    let live = true
    setState({ loading: true })
    setCounts({ nodes: 0, edges: 0 })
    setSelected(null)
    const cy = cytoscape({ container: box.current, style, minZoom: 0.1, maxZoom: 4 })
    cyRef.current = cy
    // For the browser test (web/e2e): the drawn graph, to find a node's position.
    ;(box.current as any).__cy = cy
    const count = () => setCounts({ nodes: cy.nodes().length, edges: cy.edges().length })
    cy.on('tap', 'node', async (ev) => {
      const node = ev.target as cytoscape.NodeSingular
      setSelected({ id: node.id(), name: node.data('name'), kind: node.data('kind') })
      if (node.data('expanded')) return
      node.data('expanded', true)
      try {
        const d = await gql(NeighborhoodDocument, { id: node.id(), hops: 1, limit: 50 })
        if (!live) return
        const add = cy.add(elements(d.neighborhood, (x) => cy.getElementById(x).nonempty()))
        if (add.nonempty()) {
          const p = node.position()
          add.nodes().forEach((n, i) => {
            const a = (2 * Math.PI * i) / add.nodes().length
            n.position({ x: p.x + 80 * Math.cos(a), y: p.y + 80 * Math.sin(a) })
          })
          declutter(cy)
          count()
        }
      } catch (e) {
        setState((s) => ({ ...s, error: e as GqlError }))
      }
    })
    gql(NeighborhoodDocument, { id, hops, limit }).then(
      (d) => {
        if (!live) return
        cy.add(elements(d.neighborhood))
        cy.getElementById(id).addClass('root').data('expanded', hops === 1)
        declutter(cy)
        layout(cy, d.neighborhood.nodes.length)
        cy.fit(undefined, 20)
        count()
        setState({ loading: false, truncated: d.neighborhood.truncated })
      },
      (e) => live && setState({ loading: false, error: e as GqlError }),
    )
    return () => {
      live = false
      cy.destroy()
    }
  }, [id, hops, limit])

  // The page around the graph may have moved while it loaded: cytoscape
  // caches where its canvas is, so tell it.
  const dense = counts.nodes > denseFrom
  useEffect(() => {
    cyRef.current?.resize()
  }, [state.loading])
  useEffect(() => {
    // The canvas grows for a large graph: fill it.
    cyRef.current?.resize().fit(undefined, 20)
  }, [dense])

  const go = (h: number, l: number) => navigate(href({ name: 'entity', id, hops: h, limit: l }), true)
  return (
    <section class="graph-panel" data-state={state.loading ? 'loading' : state.error ? 'error' : 'ready'}>
      <h2>关系图谱</h2>
      <div class="controls">
        <label>
          跳数
          <select value={hops} onChange={(e) => go(+(e.target as HTMLSelectElement).value, limit)} aria-label="跳数">
            {[1, 2, 3].map((h) => (
              <option value={h}>{h}</option>
            ))}
          </select>
        </label>
        <label>
          上限
          <select value={limit} onChange={(e) => go(hops, +(e.target as HTMLSelectElement).value)} aria-label="节点上限">
            {[...new Set([30, 60, 100, 200, 300, 500, limit])].sort((a, b) => a - b).map((l) => (
              <option value={l}>{l}</option>
            ))}
          </select>
        </label>
        <span class="graph-count" data-testid="graph-count" data-nodes={counts.nodes} data-edges={counts.edges}>
          {counts.nodes} 个节点 · {counts.edges} 条关系{state.truncated ? '（已截断）' : ''}
        </span>
      </div>
      <div class="cy-wrap">
        <div class={dense ? 'cy tall' : 'cy'} ref={box} data-testid="graph" />
        {/* Over the graph, not above it: moving the canvas would shift its click targets. */}
        <div class="cy-state">
          {state.loading && <Loading what="图谱" />}
          {state.error && <ErrorBox error={state.error} />}
          {!state.loading && !state.error && counts.nodes <= 1 && <Empty>这个节点没有相连的关系。</Empty>}
        </div>
      </div>
      <div class="legend">
        {Object.entries(kindLabel).map(([k, l]) => (
          <span key={k}>
            <i style={{ background: kindColor[k] }} /> {l}
          </span>
        ))}
      </div>
      {selected && (
        <p class="selected">
          选中：{kindLabel[selected.kind] ?? selected.kind} <a href={entityHref(selected.id)}>{selected.name}</a>（单击节点展开其邻居）
        </p>
      )}
    </section>
  )
}
