import { EntityHeadDocument, PathDocument } from '../generated/graphql'
import { relLabel } from '../kinds'
import { href, navigate } from '../router'
import { SearchBox } from '../SearchBox'
import { Empty, EntityLink, EvidenceList, KindBadge, Status, shortName, useQuery } from '../ui'

function Picker({ id, label, onPick }: { id: string; label: string; onPick: (id: string) => void }) {
  const head = useQuery(EntityHeadDocument, { id }, id === '')
  const name = head.data?.node && 'name' in head.data.node ? head.data.node.name : ''
  return (
    <label class="picker">
      {label}
      <SearchBox key={id + name} initial={name || id} placeholder="搜索实体…" onPick={(h) => onPick(h.id)} testid={`picker-${label}`} />
    </label>
  )
}

/** The path finder: one shortest path between two entities, each hop with its evidence. */
export function PathView({ from, to }: { from: string; to: string }) {
  const state = useQuery(PathDocument, { from, to, maxHops: 6 }, from === '' || to === '')
  const path = state.data?.shortestPath
  const byId = new Map(path?.nodes.map((n) => [n.id, n]) ?? [])
  return (
    <section class="path">
      <h1>路径</h1>
      <div class="pickers">
        <Picker id={from} label="起点" onPick={(id) => navigate(href({ name: 'path', from: id, to }))} />
        <Picker id={to} label="终点" onPick={(id) => navigate(href({ name: 'path', from, to: id }))} />
      </div>
      {(from === '' || to === '') && <Empty>选择起点和终点，查找两者之间的最短关系链。</Empty>}
      <Status state={state} what="路径" />
      {state.data && !path && <Empty>六步之内没有路径。</Empty>}
      {path && (
        <ol class="hops" data-testid="path" data-length={path.length}>
          <li class="hop-node">
            <KindBadge kind={path.nodes[0].kind} /> <EntityLink id={path.nodes[0].id} name={path.nodes[0].name} />
          </li>
          {path.relationships.map((r, i) => {
            const next = path.nodes[i + 1]
            const a = byId.get(r.source)
            const b = byId.get(r.target)
            return (
              <li key={i} class="hop">
                <div class="hop-rel">
                  ↓ {a?.name} —{relLabel[r.type] ?? r.type}
                  {r.label ? `（${r.label}）` : ''}→ {b?.name}
                </div>
                <EvidenceList evidence={r.evidence} terms={[a?.name, b?.name, a && shortName(a.name), b && shortName(b.name)]} />
                <div class="hop-node">
                  <KindBadge kind={next.kind} /> <EntityLink id={next.id} name={next.name} />
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
