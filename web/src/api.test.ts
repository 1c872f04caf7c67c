import { afterEach, describe, expect, it, vi } from 'vitest'
import { gql, GqlError, rateLimitRetry } from './api'

const doc = { toString: () => '{ metrics }' } as { toString(): string; __apiType?: (v: Record<string, never>) => { metrics: string[] } }

function reply(body: object, status = 200) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

afterEach(() => vi.unstubAllGlobals())

function limited(retryAfter: string | null) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (retryAfter !== null) headers['Retry-After'] = retryAfter
  return Promise.resolve(
    new Response(JSON.stringify({ errors: [{ message: 'too many requests from this client; retry after 1 s', extensions: { code: 'RATE_LIMITED' } }] }), { status: 429, headers }),
  )
}

describe('gql', () => {
  it('sends the hash first, then the text once the server asks for it (APQ)', async () => {
    const urls: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      urls.push(url)
      const q = new URL(url, 'http://x').searchParams
      if (!q.has('query')) return reply({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] })
      return reply({ data: { metrics: ['贫困发生率'] } })
    })
    expect(await gql(doc)).toEqual({ metrics: ['贫困发生率'] })
    expect(urls).toHaveLength(2)
    const first = new URL(urls[0], 'http://x').searchParams
    const ext = JSON.parse(first.get('extensions')!)
    expect(ext.persistedQuery.version).toBe(1)
    // SHA-256 of "{ metrics }"
    expect(ext.persistedQuery.sha256Hash).toBe('2ee2e12fa28b9fe547694c2b12e236bd263889b8357ab022615763bf6c1f1f0b')
    expect(new URL(urls[1], 'http://x').searchParams.get('query')).toBe('{ metrics }')
  })

  it('throws the first error with its code', async () => {
    vi.stubGlobal('fetch', () => reply({ errors: [{ message: 'no such node', extensions: { code: 'NOT_FOUND' } }] }))
    await expect(gql(doc)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no such node' })
  })

  it('names a network failure and a body that is not JSON', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('failed')))
    await expect(gql(doc)).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>', { status: 502 })))
    const err = await gql(doc).catch((e) => e)
    expect(err).toBeInstanceOf(GqlError)
    expect(err.code).toBe('HTTP_502')
  })

  // The map reads hundreds of pages in a row; the server's per-client budget
  // (50 a second, bursts of 100) answered one of them 429 and the map showed
  // RATE_LIMITED instead of its arcs (3,000 articles, 6,899 regions).
  it.each([
    { name: 'waits Retry-After and retries a 429', answers: ['2', '1', null], waits: [2000, 1000, 1000], data: true },
    { name: 'caps the wait', answers: ['3600'], waits: [10000], data: true },
    { name: 'gives up after the attempts with RATE_LIMITED', answers: ['1', '1', '1', '1', '1', '1', '1', '1', '1'], waits: [1000, 1000, 1000, 1000, 1000, 1000, 1000], data: false },
  ])('$name', async ({ answers, waits, data }) => {
    const waited: number[] = []
    const saved = rateLimitRetry.wait
    rateLimitRetry.wait = (ms) => (waited.push(ms), Promise.resolve())
    let calls = 0
    vi.stubGlobal('fetch', (url: string) => {
      const q = new URL(url, 'http://x').searchParams
      if (!q.has('query')) return reply({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] })
      return calls < answers.length ? limited(answers[calls++]) : reply({ data: { metrics: ['贫困发生率'] } })
    })
    try {
      if (data) expect(await gql(doc)).toEqual({ metrics: ['贫困发生率'] })
      else await expect(gql(doc)).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    } finally {
      rateLimitRetry.wait = saved
    }
    expect(waited).toEqual(waits)
  })
})
