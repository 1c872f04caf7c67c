import type { ComponentChildren } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { gql, type GqlError } from '../api'
import {
  EntityHeadDocument,
  IndustryFactsDocument,
  NodeRelationshipsDocument,
  type NodeRelationshipsQuery,
  type RelationshipType,
  OfficialFactsDocument,
  OtherFactsDocument,
  ProgramFactsDocument,
  RegionPeopleDocument,
  RegionWorkDocument,
  SimilarDocument,
  type EntityHeadQuery,
} from '../generated/graphql'
import { entityHref, href } from '../router'
import { Empty, EntityLink, ErrorBox, EvidenceList, KindBadge, Status, shortName, untitled, useQuery, type EvidenceItem } from '../ui'
import { top } from '../top'
import { GraphPanel } from './Graph'
import { StatChart } from './StatChart'

type Head = NonNullable<EntityHeadQuery['node']>

const regionKinds = new Set(['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWN', 'VILLAGE'])

function names(...ns: (string | null | undefined)[]): string[] {
  const out: string[] = []
  for (const n of ns) if (n) out.push(n, shortName(n))
  return out
}

/** One fact: what it links to, then its evidence. */
function Fact(props: { label?: string; other: { id: string; name: string }; note?: string | null; evidence: EvidenceItem[]; terms: string[]; confidence?: number; support?: number }) {
  return (
    <li class="fact">
      <div class="fact-head">
        {props.label && <span class="rel">{props.label}</span>} <EntityLink id={props.other.id} name={props.other.name} />
        {props.note && <span class="muted">（{props.note}）</span>}
        {props.confidence !== undefined && <span class="conf" title="置信度">{props.confidence.toFixed(2)}</span>}
        {props.support !== undefined && props.support > 0 && (
          <span class="support" title="陈述此事实的报道数（下列证据最多显示 20 条）">{props.support} 篇报道</span>
        )}
      </div>
      <EvidenceList evidence={props.evidence} terms={[...props.terms, ...names(props.other.name)]} />
    </li>
  )
}

// FACTS_FIRST is how many facts of each kind an entity page shows: the
// server returns those stated by the most articles (a popular industry is
// developed by thousands of counties), within the query cost limit. Each
// list is asked for one more (FACTS_ASK), so that a list of exactly
// FACTS_FIRST facts is not said to be cut.
const FACTS_FIRST = 50
const FACTS_ASK = FACTS_FIRST + 1
// MENTIONS_FIRST: the entities an article page shows (asked for one more).
const MENTIONS_FIRST = 200


/** Which relationships a group lists: their type, and the end the page's node is at. */
export interface GroupRels {
  type: RelationshipType
  node: string
  direction: 'IN' | 'OUT'
  terms: string[]
}

/** A group of facts; count is how many the server returned, bound how many are shown (asked for bound + 1). */
export function Group(props: { title: string; count: number; children: ComponentChildren; empty?: string; bound?: number; rels?: GroupRels }) {
  const cut = props.bound !== undefined && props.count > props.bound
  return (
    <section class="group" data-group={props.title}>
      <h2>
        {props.title} <span class="count">{cut ? `${props.bound}+` : props.count}</span>
      </h2>
      {props.count === 0 ? <Empty>{props.empty ?? '暂无'}</Empty> : <ul class="facts">{props.children}</ul>}
      {cut && !props.rels && (
        <p class="muted bounded">仅列出报道最多的前 {props.bound} 项；更多可在 GraphQL 中用 first 参数查询（每个列表最多 1000 项）。</p>
      )}
      {cut && props.rels && (
        <>
          <p class="muted bounded">以上是报道最多的前 {props.bound} 项。</p>
          <AllFacts {...props.rels} />
        </>
      )}
    </section>
  )
}

/** Pages of a node's facts a group reads when asked for all of them. */
export const ALL_PAGE = 100

/**
 * Every fact of a group, read on request a page at a time
 * (Query.relationships with node: by the other node's key), so a popular
 * industry's thousands of counties can be looked through, not only its best 50.
 */
export function AllFacts(props: GroupRels) {
  type Page = NodeRelationshipsQuery['relationships']
  const [items, setItems] = useState<Page['nodes']>([])
  const [next, setNext] = useState<{ after: string | null; more: boolean; loading: boolean; total?: number; error?: GqlError }>({ after: null, more: true, loading: false })
  // One page in flight: two clicks in one task (before a render disables
  // the button) would read the same page twice and list its facts twice.
  const busy = useRef(false)
  const load = () => {
    if (busy.current) return
    busy.current = true
    setNext({ ...next, loading: true })
    gql(NodeRelationshipsDocument, { type: props.type, node: props.node, direction: props.direction, first: ALL_PAGE, after: next.after }).then(
      (d) => {
        busy.current = false
        setItems((old) => [...old, ...d.relationships.nodes])
        setNext({ after: d.relationships.pageInfo.endCursor ?? null, more: d.relationships.pageInfo.hasNextPage, loading: false, total: d.relationships.totalCount })
      },
      (error: GqlError) => {
        busy.current = false
        setNext({ ...next, loading: false, error })
      },
    )
  }
  return (
    <div class="all-facts">
      {items.length > 0 && (
        <>
          <h3>
            全部（按代码排序）<span class="count">{next.total !== undefined && next.total > items.length ? `${items.length} / ${next.total}` : items.length}</span>
          </h3>
          <ul class="facts">
            {items.map((r) => {
              const other = props.direction === 'OUT' ? r.end : r.start
              return <Fact key={other.id} other={other} note={r.label} evidence={r.evidence} terms={props.terms} confidence={r.confidence} support={r.support} />
            })}
          </ul>
        </>
      )}
      {next.error && <ErrorBox error={next.error} />}
      {next.more && (
        <button type="button" class="more" disabled={next.loading} onClick={load}>
          {next.loading ? '读取中…' : items.length === 0 ? `列出全部（每次 ${ALL_PAGE} 项）` : `再列出 ${ALL_PAGE} 项`}
        </button>
      )}
    </div>
  )
}

function RegionFacts({ head }: { head: Head & { code?: string } }) {
  const people = useQuery(RegionPeopleDocument, { id: head.id, first: FACTS_ASK })
  const work = useQuery(RegionWorkDocument, { id: head.id, first: FACTS_ASK })
  const isCounty = 'kind' in head && head.kind === 'COUNTY'
  const similar = useQuery(SimilarDocument, { name: 'name' in head ? head.name : '', first: 5 }, !isCounty)
  const terms = names('name' in head ? head.name : '')
  const p = people.data?.node && 'officials' in people.data.node ? people.data.node : null
  const w = work.data?.node && 'implementations' in work.data.node ? work.data.node : null
  const support = (x: { support: number }) => x.support
  const officials = top(p?.officials ?? [], FACTS_FIRST, (o) => o.official, support)
  const assistedBy = top(p?.assistedBy ?? [], FACTS_FIRST, (a) => a.helper, support)
  const assists = top(p?.assists ?? [], FACTS_FIRST, (a) => a.helped, support)
  const implementations = top(w?.implementations ?? [], FACTS_FIRST, (i) => i.program, support)
  const developments = top(w?.developments ?? [], FACTS_FIRST, (d) => d.industry, support)
  const reports = top(w?.reports ?? [], FACTS_FIRST, (r) => r.statistic, support)
  // Officials grouped by title.
  const byTitle = new Map<string, typeof officials>()
  for (const o of officials) {
    const list = byTitle.get(o.title) ?? []
    list.push(o)
    byTitle.set(o.title, list)
  }
  const metrics = [...new Set(reports.map((r) => r.statistic.metric))]
  return (
    <>
      <Status state={people} what="人物与帮扶" />
      {p && (
        <>
          <Group title="官员" count={p.officials.length} bound={FACTS_FIRST} rels={{ type: 'SERVES_IN', node: head.id, direction: 'IN', terms: terms }}>
            {[...byTitle.entries()].map(([title, list]) =>
              list.map((o) => <Fact key={o.official.id + title} label={title} other={o.official} evidence={o.evidence} terms={terms} confidence={o.confidence} support={o.support} />),
            )}
          </Group>
          {p.children.length > 0 && (
            <section class="group" data-group="下辖">
              <h2>
                下辖 <span class="count">{p.children.length}</span>
              </h2>
              <ul class="chips">
                {p.children.map((c) => (
                  <li key={c.id}>
                    <EntityLink id={c.id} name={c.name} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Group title="帮扶方" count={p.assistedBy.length} bound={FACTS_FIRST} rels={{ type: 'ASSISTS', node: head.id, direction: 'IN', terms: terms }}>
            {assistedBy.map((a) => (
              <Fact key={a.helper.id} label="帮扶方" other={a.helper} note={a.mechanism} evidence={a.evidence} terms={terms} confidence={a.confidence} support={a.support} />
            ))}
          </Group>
          <Group title="帮扶对象" count={p.assists.length} bound={FACTS_FIRST} rels={{ type: 'ASSISTS', node: head.id, direction: 'OUT', terms: terms }}>
            {assists.map((a) => (
              <Fact key={a.helped.id} label="帮扶" other={a.helped} note={a.mechanism} evidence={a.evidence} terms={terms} confidence={a.confidence} support={a.support} />
            ))}
          </Group>
        </>
      )}
      <Status state={work} what="项目、产业与统计" />
      {w && (
        <>
          <Group title="扶贫项目" count={w.implementations.length} bound={FACTS_FIRST} rels={{ type: 'IMPLEMENTS', node: head.id, direction: 'OUT', terms: terms }}>
            {implementations.map((i) => (
              <Fact key={i.program.id} other={i.program} evidence={i.evidence} terms={terms} confidence={i.confidence} support={i.support} />
            ))}
          </Group>
          <Group title="产业" count={w.developments.length} bound={FACTS_FIRST} rels={{ type: 'DEVELOPS', node: head.id, direction: 'OUT', terms: terms }}>
            {developments.map((d) => (
              <Fact key={d.industry.id} other={d.industry} evidence={d.evidence} terms={terms} confidence={d.confidence} support={d.support} />
            ))}
          </Group>
          <Group title="统计" count={w.reports.length} bound={FACTS_FIRST}>
            {metrics.map((m) => (
              <li key={m} class="metric">
                <h3>
                  {m} <a href={href({ name: 'map', metric: m, year: '' })}>在地图上查看</a>
                </h3>
                <StatChart points={reports.filter((r) => r.statistic.metric === m).map((r) => ({ year: r.statistic.year, value: r.statistic.value, number: r.statistic.number }))} />
                <ul class="facts">
                  {reports
                    .filter((r) => r.statistic.metric === m)
                    .map((r) => (
                      <Fact key={r.statistic.id} other={{ id: r.statistic.id, name: `${r.statistic.year || '年份不详'}：${r.statistic.value}` }} evidence={r.evidence} terms={[...terms, r.statistic.value, r.statistic.year]} confidence={r.confidence} support={r.support} />
                    ))}
                </ul>
              </li>
            ))}
          </Group>
        </>
      )}
      {isCounty && (
        <section class="group">
          <h2>相似县区</h2>
          <Status state={similar} what="相似县区" />
          {similar.data && similar.data.similarCounties.length === 0 && <Empty>暂无（需要先运行 tuopin analyze）</Empty>}
          <ul class="facts">
            {similar.data?.similarCounties.map((s) => (
              <li key={s.county.id} class="fact">
                <EntityLink id={s.county.id} name={s.county.name} /> <span class="conf">{s.score.toFixed(2)}</span>
                <span class="muted"> 共同：{[...s.sharedIndustries, ...s.sharedPrograms].map((x) => x.name).join('、')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function OfficialView({ head }: { head: Head }) {
  const q = useQuery(OfficialFactsDocument, { id: head.id, first: FACTS_ASK })
  const roles = q.data?.node && 'roles' in q.data.node ? q.data.node.roles : null
  return (
    <>
      <Status state={q} what="职务" />
      {roles && (
        <Group title="职务" count={roles.length} bound={FACTS_FIRST} rels={{ type: 'SERVES_IN', node: head.id, direction: 'OUT', terms: names(head.name) }}>
          {top(roles, FACTS_FIRST, (r) => r.region, (r) => r.support).map((r) => (
            <Fact key={r.region.id + r.title} label={r.title} other={r.region} evidence={r.evidence} terms={names('name' in head ? head.name : '')} confidence={r.confidence} support={r.support} />
          ))}
        </Group>
      )}
    </>
  )
}

function IndustryView({ head }: { head: Head }) {
  const q = useQuery(IndustryFactsDocument, { id: head.id, first: FACTS_ASK })
  const n = q.data?.node && 'developments' in q.data.node ? q.data.node : null
  const terms = names('name' in head ? head.name : '')
  return (
    <>
      <Status state={q} what="产业事实" />
      {n && (
        <>
          <Group title="发展该产业的县区" count={n.developments.length} bound={FACTS_FIRST} rels={{ type: 'DEVELOPS', node: head.id, direction: 'IN', terms: terms }}>
            {top(n.developments, FACTS_FIRST, (d) => d.region, (d) => d.support).map((d) => (
              <Fact key={d.region.id} other={d.region} evidence={d.evidence} terms={terms} confidence={d.confidence} support={d.support} />
            ))}
          </Group>
          <Group title="扶持项目" count={n.supports.length} bound={FACTS_FIRST} rels={{ type: 'SUPPORTS', node: head.id, direction: 'IN', terms: terms }}>
            {top(n.supports, FACTS_FIRST, (s) => s.program, (s) => s.support).map((s) => (
              <Fact key={s.program.id} other={s.program} evidence={s.evidence} terms={terms} confidence={s.confidence} support={s.support} />
            ))}
          </Group>
        </>
      )}
    </>
  )
}

function ProgramView({ head }: { head: Head }) {
  const q = useQuery(ProgramFactsDocument, { id: head.id, first: FACTS_ASK })
  const n = q.data?.node && 'implementations' in q.data.node ? q.data.node : null
  const terms = names('name' in head ? head.name : '')
  return (
    <>
      <Status state={q} what="项目事实" />
      {n && (
        <>
          <Group title="实施地区" count={n.implementations.length} bound={FACTS_FIRST} rels={{ type: 'IMPLEMENTS', node: head.id, direction: 'IN', terms: terms }}>
            {top(n.implementations, FACTS_FIRST, (d) => d.region, (d) => d.support).map((d) => (
              <Fact key={d.region.id} other={d.region} evidence={d.evidence} terms={terms} confidence={d.confidence} support={d.support} />
            ))}
          </Group>
          <Group title="扶持产业" count={n.supports.length} bound={FACTS_FIRST} rels={{ type: 'SUPPORTS', node: head.id, direction: 'OUT', terms: terms }}>
            {top(n.supports, FACTS_FIRST, (s) => s.industry, (s) => s.support).map((s) => (
              <Fact key={s.industry.id} other={s.industry} evidence={s.evidence} terms={terms} confidence={s.confidence} support={s.support} />
            ))}
          </Group>
        </>
      )}
    </>
  )
}

function OtherView({ head }: { head: Head }) {
  const q = useQuery(OtherFactsDocument, { id: head.id, first: FACTS_ASK })
  const n = q.data?.node ?? null
  const terms = names('name' in head ? head.name : '')
  return (
    <>
      <Status state={q} />
      {n && 'operations' in n && (
        <Group title="经营地区" count={n.operations.length} bound={FACTS_FIRST} rels={{ type: 'OPERATES_IN', node: head.id, direction: 'OUT', terms: terms }}>
          {top(n.operations, FACTS_FIRST, (d) => d.region, (d) => d.support).map((d) => (
            <Fact key={d.region.id} other={d.region} evidence={d.evidence} terms={terms} confidence={d.confidence} support={d.support} />
          ))}
        </Group>
      )}
      {n && 'reports' in n && (
        <Group title="报告地区" count={n.reports.length} bound={FACTS_FIRST} rels={{ type: 'REPORTED', node: head.id, direction: 'IN', terms: terms }}>
          {top(n.reports, FACTS_FIRST, (d) => d.region, (d) => d.support).map((d) => (
            <Fact key={d.region.id} other={d.region} evidence={d.evidence} terms={terms} confidence={d.confidence} support={d.support} />
          ))}
        </Group>
      )}
      {n && 'mentions' in n && (
        <Group title="文中提及" count={n.mentions.length} bound={MENTIONS_FIRST} rels={{ type: 'MENTIONS', node: head.id, direction: 'OUT', terms: terms }}>
          {top(n.mentions, MENTIONS_FIRST, (m) => m).map((m) => (
            <li key={m.id} class="fact">
              <KindBadge kind={m.kind} /> <EntityLink id={m.id} name={m.name} />
            </li>
          ))}
        </Group>
      )}
    </>
  )
}

function Facts({ head }: { head: Head }) {
  const kind = 'kind' in head ? head.kind : ''
  if (regionKinds.has(kind)) return <RegionFacts head={head} />
  if (kind === 'OFFICIAL') return <OfficialView head={head} />
  if (kind === 'INDUSTRY') return <IndustryView head={head} />
  if (kind === 'PROGRAM') return <ProgramView head={head} />
  return <OtherView head={head} />
}

export function EntityView({ id, hops, limit }: { id: string; hops: number; limit: number }) {
  const head = useQuery(EntityHeadDocument, { id })
  const n = head.data?.node
  return (
    <article class="entity" data-id={id}>
      <Status state={head} what="条目" />
      {head.data && !n && <Empty>图谱中没有 {id}。</Empty>}
      {n && 'name' in n && (
        <>
          <header class="entity-head">
            <h1>
              <KindBadge kind={n.kind} /> {n.name || ('file' in n && n.file) || untitled}
            </h1>
            <p class="meta">
              {'code' in n && <span>代码 {n.code}</span>}
              {'province' in n && n.province && n.province.id !== n.id && (
                <span>
                  {' '}
                  · <EntityLink id={n.province.id} name={n.province.name} />
                </span>
              )}
              {'prefecture' in n && n.prefecture && n.prefecture.id !== n.id && (
                <span>
                  {' '}
                  · <EntityLink id={n.prefecture.id} name={n.prefecture.name} />
                </span>
              )}
              {'titles' in n && n.titles.length > 0 && <span>{n.titles.join('、')}</span>}
              {'place' in n && n.place && <span> · {n.place}</span>}
              {'category' in n && n.category && <span>类别：{n.category}</span>}
              {'source' in n && n.source && <span>来源：{n.source}</span>}
              {'publishedAt' in n && n.publishedAt && <span> · {n.publishedAt}</span>}
              {'metric' in n && (
                <span>
                  {n.metric} {n.value} {n.year}
                </span>
              )}
            </p>
            <p class="actions">
              <a href={href({ name: 'path', from: n.id, to: '' })}>从这里找路径</a>
            </p>
          </header>
          <div class="entity-body">
            <div class="facts-col">
              <Facts head={n} />
            </div>
            <div class="graph-col">
              <GraphPanel id={n.id} hops={hops} limit={limit} />
            </div>
          </div>
        </>
      )}
    </article>
  )
}

export { entityHref }
