import { AnalyticsDocument, SimilarDocument, type Centrality } from '../generated/graphql'
import { href, navigate } from '../router'
import { Empty, EntityLink, KindBadge, Status, useQuery } from '../ui'

const centralities: [string, string][] = [
  ['DEGREE', '度数'],
  ['PAGERANK', 'PageRank'],
  ['BETWEENNESS', '介数'],
]

/**
 * A stored score as the panel shows it: a degree is a count of neighbours
 * (498, not 498.000); PageRank scores are small fractions, shown to three
 * significant digits (0.00721, 0.0000450: three decimals would show most as
 * 0.000); betweenness, a sum over pairs of nodes, as a whole number in groups
 * (14,530,844).
 */
export function formatScore(by: string, score: number): string {
  switch (by) {
    case 'PAGERANK':
      return score.toPrecision(3)
    case 'BETWEENNESS':
      return Math.round(score).toLocaleString('en-US')
    default:
      return String(Math.round(score))
  }
}

/** The analytics panel: top entities, communities, similar counties, industry co-occurrence. */
export function AnalyticsView({ by, county }: { by: string; county: string }) {
  const c = (centralities.some(([k]) => k === by) ? by : 'DEGREE') as Centrality
  const state = useQuery(AnalyticsDocument, { by: c, first: 15 })
  const d = state.data
  // The counties to compare come from their own ranking: the top entities of
  // all kinds are mostly programs and industries, often without one county.
  const counties = (d?.topCounties ?? []).map((t) => t.entity.name)
  const chosen = county || counties[0] || ''
  const similar = useQuery(SimilarDocument, { name: chosen, first: 8 }, chosen === '')
  return (
    <section class="analytics">
      <h1>图谱分析</h1>
      <Status state={state} what="分析结果" />
      {d && (
        <>
          <p class="meta">
            {d.analysis.analyzedAt ? `分析于 ${d.analysis.analyzedAt}` : '尚未分析（运行 tuopin analyze）'}
            {d.analysis.stale && d.analysis.analyzedAt ? '（图谱已更新，结果可能过时）' : ''}
            {d.analysis.modularity !== null ? ` · 模块度 ${d.analysis.modularity.toFixed(3)}` : ''}
          </p>
          <div class="panels">
            <section>
              <h2>核心实体</h2>
              <label>
                按
                <select value={c} onChange={(e) => navigate(href({ name: 'analytics', by: (e.target as HTMLSelectElement).value, county: county || undefined }), true)}>
                  {centralities.map(([k, l]) => (
                    <option value={k}>{l}</option>
                  ))}
                </select>
              </label>
              {d.topEntities.length === 0 && <Empty />}
              <ol>
                {d.topEntities.map((t) => (
                  <li key={t.entity.id}>
                    <KindBadge kind={t.entity.kind} /> <EntityLink id={t.entity.id} name={t.entity.name} /> <span class="score">{formatScore(c, t.score)}</span>
                  </li>
                ))}
              </ol>
            </section>
            <section>
              <h2>社区</h2>
              {d.communities.length === 0 && <Empty />}
              <ul>
                {d.communities.map((cm) => (
                  <li key={cm.id}>
                    社区 {cm.id}（{cm.size}）：
                    {cm.members.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && '、'}
                        <EntityLink id={m.id} name={m.name} />
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
            <section data-panel="similar">
              <h2>相似县区</h2>
              <label>
                与
                <select value={chosen} onChange={(e) => navigate(href({ name: 'analytics', by: c, county: (e.target as HTMLSelectElement).value }), true)}>
                  {[...new Set([chosen, ...counties])].filter((x) => x).map((x) => (
                    <option value={x}>{x}</option>
                  ))}
                </select>
                相似（共同的产业与项目，Jaccard）
              </label>
              <Status state={similar} what="相似县区" />
              {similar.data && similar.data.similarCounties.length === 0 && (
                <Empty>
                  {d.analysis.stale
                    ? `${chosen}没有相似县区的结果：图谱在分析之后有了变化，它可能是新载入或重新载入的（运行 tuopin analyze 更新）。`
                    : `${chosen}与其他县区没有共同的产业或项目。`}
                </Empty>
              )}
              <ol>
                {similar.data?.similarCounties.map((s) => (
                  <li key={s.county.id}>
                    <EntityLink id={s.county.id} name={s.county.name} /> <span class="score">{s.score.toFixed(2)}</span>
                    <span class="muted"> {[...s.sharedIndustries, ...s.sharedPrograms].map((x) => x.name).join('、')}</span>
                  </li>
                ))}
              </ol>
            </section>
            <section>
              <h2>产业共现</h2>
              {d.industryCooccurrence.length === 0 && <Empty />}
              <ul>
                {d.industryCooccurrence.map((p) => (
                  <li key={p.a.id + p.b.id}>
                    <EntityLink id={p.a.id} name={p.a.name} /> + <EntityLink id={p.b.id} name={p.b.name} /> <span class="score">{p.count} 个地区</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </section>
  )
}
