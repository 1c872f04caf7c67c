import { useEffect, useRef, useState } from 'preact/hooks'
import { SearchDocument, type SearchQuery } from './generated/graphql'
import { KindBadge, useQuery, ErrorBox } from './ui'
import { entityHref, href, navigate } from './router'

export type Hit = SearchQuery['searchHits'][number]['entity']

/**
 * A search field with typed hits as you type (simplified or traditional:
 * the server normalises). Choosing a hit calls onPick, or opens the entity.
 */
export function SearchBox(props: { initial?: string; placeholder?: string; onPick?: (hit: Hit) => void; onText?: (text: string) => void; testid?: string }) {
  const [text, setText] = useState(props.initial ?? '')
  const [debounced, setDebounced] = useState(text)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 180)
    return () => clearTimeout(t)
  }, [text])
  const state = useQuery(SearchDocument, { query: debounced, first: 8, kinds: null }, debounced === '')
  const hits = debounced === '' ? [] : (state.data?.searchHits ?? []).map((h) => h.entity)
  useEffect(() => setActive(0), [debounced])
  useEffect(() => {
    const close = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false)
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [])

  const pick = (h: Hit) => {
    setOpen(false)
    if (props.onPick) {
      setText(h.name)
      props.onPick(h)
    } else navigate(entityHref(h.id))
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      setActive((a) => Math.min(a + 1, hits.length - 1))
      e.preventDefault()
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0))
      e.preventDefault()
    } else if (e.key === 'Enter') {
      if (props.onPick) hits[active] && pick(hits[active])
      else if (text.trim()) {
        setOpen(false)
        navigate(href({ name: 'search', q: text.trim() }))
      }
    } else if (e.key === 'Escape') setOpen(false)
  }
  return (
    <div class="searchbox" ref={box} data-testid={props.testid ?? 'searchbox'}>
      <input
        type="search"
        value={text}
        placeholder={props.placeholder ?? '搜索县、人物、项目、产业…（简繁皆可）'}
        aria-label="搜索"
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value
          setText(v)
          setOpen(true)
          props.onText?.(v)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKey}
      />
      {open && debounced !== '' && (
        <ul class="hits" role="listbox">
          {state.error && (
            <li>
              <ErrorBox error={state.error} />
            </li>
          )}
          {state.loading && hits.length === 0 && <li class="state loading">搜索中…</li>}
          {!state.loading && !state.error && hits.length === 0 && <li class="state empty">没有匹配的条目</li>}
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} class={i === active ? 'hit active' : 'hit'} onMouseDown={(e) => (e.preventDefault(), pick(h))}>
              <KindBadge kind={h.kind} /> <span class="name">{h.name}</span>
              {'province' in h && h.province && h.province.name !== h.name ? <span class="muted"> · {h.province.name}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
