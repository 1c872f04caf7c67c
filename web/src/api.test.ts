import { afterEach, describe, expect, it, vi } from 'vitest'
import { gql, GqlError } from './api'

const doc = { toString: () => '{ metrics }' } as { toString(): string; __apiType?: (v: Record<string, never>) => { metrics: string[] } }

function reply(body: object, status = 200) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

afterEach(() => vi.unstubAllGlobals())

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
})
