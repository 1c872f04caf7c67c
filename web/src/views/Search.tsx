import { SearchDocument, type EntityKind } from '../generated/graphql'
import { kindLabel } from '../kinds'
import { entityHref, href } from '../router'
import { Empty, Highlight, KindBadge, Status, useQuery } from '../ui'

// The kinds a search can be narrowed to (the API's EntityKind).
const kinds: EntityKind[] = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWN', 'VILLAGE', 'OFFICIAL', 'PROGRAM', 'INDUSTRY', 'ORGANIZATION']

export function SearchView({ q, kind }: { q: string; kind: string }) {
  const k = kinds.find((x) => x === kind)
  const state = useQuery(SearchDocument, { query: q, first: 30, kinds: k ? [k] : null }, q.trim() === '')
  const hits = state.data?.searchHits ?? []
  return (
    <section class="search">
      <h1>搜索：{q}</h1>
      <nav class="kinds" aria-label="类别">
        <a href={href({ name: 'search', q })} class={k ? '' : 'on'}>
          全部
        </a>
        {kinds.map((x) => (
          <a key={x} href={href({ name: 'search', q, kind: x })} class={k === x ? 'on' : ''}>
            {kindLabel[x]}
          </a>
        ))}
      </nav>
      {q.trim() === '' && <Empty>请输入要搜索的名称。</Empty>}
      <Status state={state} what="搜索结果" />
      {state.data && hits.length === 0 && <Empty>没有与“{q}”匹配的条目。</Empty>}
      <ul class="results">
        {hits.map(({ entity: e, score }) => (
          <li key={e.id} class="result">
            <KindBadge kind={e.kind} />{' '}
            <a href={entityHref(e.id)}>
              <Highlight text={e.name} terms={[q]} />
            </a>
            {'province' in e && e.province && e.province.name !== e.name && <span class="muted"> · {e.province.name}</span>}
            {'titles' in e && e.titles.length > 0 && <span class="muted"> · {e.titles.join('、')}</span>}
            <span class="score">{score.toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
