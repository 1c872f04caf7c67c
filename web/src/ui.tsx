import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { GqlError, gql } from './api'
import { kindColor, kindLabel } from './kinds'
import { entityHref } from './router'

export interface QueryState<R> {
  loading: boolean
  data?: R
  error?: GqlError
}

type Doc<R, V> = { toString(): string; __apiType?: (v: V) => R }

/** Runs a query whenever its variables change; skip leaves it idle. */
export function useQuery<R, V>(doc: Doc<R, V>, variables: V, skip = false): QueryState<R> {
  const key = JSON.stringify(variables)
  const [state, setState] = useState<QueryState<R>>({ loading: !skip })
  useEffect(() => {
    if (skip) {
      setState({ loading: false })
      return
    }
    let live = true
    setState((s) => ({ loading: true, data: s.data }))
    gql(doc, variables).then(
      (data) => live && setState({ loading: false, data }),
      (e) => live && setState({ loading: false, error: e instanceof GqlError ? e : new GqlError(String(e), 'ERROR') }),
    )
    return () => {
      live = false
    }
  }, [doc, key, skip])
  return state
}

export function Loading({ what }: { what?: string }) {
  return (
    <p class="state loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {what ? `正在加载${what}…` : '加载中…'}
    </p>
  )
}

export function Empty({ children }: { children?: ComponentChildren }) {
  return <p class="state empty">{children ?? '没有结果'}</p>
}

export function ErrorBox({ error }: { error: GqlError }) {
  return (
    <div class="state error" role="alert">
      <strong>出错了</strong> <code class="code">{error.code}</code> <span class="message">{error.message}</span>
    </div>
  )
}

/** Shows loading, error or nothing: render children only with data. */
export function Status<R>({ state, what }: { state: QueryState<R>; what?: string }) {
  if (state.error) return <ErrorBox error={state.error} />
  if (state.loading && !state.data) return <Loading what={what} />
  return null
}

export function KindBadge({ kind }: { kind: string }) {
  return (
    <span class="badge" style={{ background: kindColor[kind] ?? '#999' }}>
      {kindLabel[kind] ?? kind}
    </span>
  )
}

export function EntityLink({ id, name }: { id: string; name: string }) {
  return (
    <a class="entity-link" href={entityHref(id)}>
      {name || untitled}
    </a>
  )
}

/** What an entity without a name shows: an article whose text has no title line has an empty one. */
export const untitled = '（无标题）'

/** An article's title for display, or the placeholder when it has none. */
export function articleTitle(title: string | null | undefined): string {
  return title?.trim() ? title : untitled
}

/**
 * highlightParts splits text into runs, marking every occurrence of any of
 * terms (longest first; empty and one-character terms are ignored).
 */
export function highlightParts(text: string, terms: (string | null | undefined)[]): { text: string; mark: boolean }[] {
  const ts = [...new Set(terms.filter((t): t is string => !!t && t.trim().length > 1).map((t) => t.trim()))].sort((a, b) => b.length - a.length)
  if (ts.length === 0) return [{ text, mark: false }]
  const re = new RegExp(ts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  const out: { text: string; mark: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), mark: false })
    out.push({ text: m[0], mark: true })
    last = m.index! + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false })
  return out
}

export function Highlight({ text, terms }: { text: string; terms: (string | null | undefined)[] }) {
  return (
    <>
      {highlightParts(text, terms).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  )
}

export interface EvidenceItem {
  sentence: string
  article: { id: string; title: string; publishedAt?: string | null } | null
}

/** The sentences supporting a fact, with its entities' names highlighted, and their articles. */
export function EvidenceList({ evidence, terms }: { evidence: EvidenceItem[]; terms: (string | null | undefined)[] }) {
  if (evidence.length === 0) return <p class="evidence none">（无证据句）</p>
  return (
    <ul class="evidence-list">
      {evidence.map((e, i) => (
        <li key={i} class="evidence">
          <blockquote>
            <Highlight text={e.sentence} terms={terms} />
          </blockquote>
          {e.article && (
            <div class="source">
              出处：<a href={entityHref(e.article.id)}>《{articleTitle(e.article.title)}》</a>
              {e.article.publishedAt ? ` ${e.article.publishedAt.slice(0, 10)}` : ''}
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}

/** shortName drops a region's suffix (延寿县 → 延寿) so that shorter mentions are highlighted too. */
export function shortName(name: string): string {
  const m = name.match(/^(.{2,}?)(自治县|自治州|自治旗|特区|林区|县|区|市|旗|州|省|盟)$/)
  return m ? m[1] : name
}
