// The explorer's GraphQL client: only the public API at /graphql.
//
// Queries go as Apollo automatic persisted queries (APQ) over GET: the first
// request sends only the SHA-256 of the query text; when the server does not
// know it (PERSISTED_QUERY_NOT_FOUND) the text is sent once with its hash,
// and later requests are short, cacheable GETs that the server answers with
// an ETag. Without WebCrypto (a page served over plain HTTP from a host other
// than localhost) or for long variables, the query is POSTed whole.

export const endpoint = '/graphql'

/** An error of the API, with its GraphQL error code (extensions.code). */
export class GqlError extends Error {
  code: string
  constructor(message: string, code: string) {
    super(message)
    this.code = code
  }
}

type Doc<R, V> = { toString(): string; __apiType?: (v: V) => R }

interface Body {
  data?: unknown
  errors?: { message: string; extensions?: { code?: string } }[]
}

const hashes = new Map<string, string>()

async function sha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  let h = hashes.get(text)
  if (!h) {
    const sum = await subtle.digest('SHA-256', new TextEncoder().encode(text))
    h = Array.from(new Uint8Array(sum), (b) => b.toString(16).padStart(2, '0')).join('')
    hashes.set(text, h)
  }
  return h
}

/**
 * How the client waits out rate limiting: an answer 429 (RATE_LIMITED: over
 * the server's requests per second or in flight for this client) is retried
 * after its Retry-After (at most maxWaitMs), up to attempts times in all. The
 * map pages through hundreds of regions, one request a page, and would
 * otherwise stop at the server's per-client budget (50 a second, bursts of
 * 100 by default). Tests replace wait.
 */
export const rateLimitRetry = {
  attempts: 8,
  maxWaitMs: 10_000,
  wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}

async function send(request: () => Promise<Response>): Promise<Body> {
  let res: Response
  for (let attempt = 1; ; attempt++) {
    try {
      res = await request()
    } catch {
      throw new GqlError('无法连接服务器', 'NETWORK_ERROR')
    }
    if (res.status !== 429 || attempt >= rateLimitRetry.attempts) break
    const secs = Number(res.headers.get('Retry-After'))
    await rateLimitRetry.wait(Math.min(Number.isFinite(secs) && secs > 0 ? secs * 1000 : 1000, rateLimitRetry.maxWaitMs))
  }
  let body: Body
  try {
    body = await res.json()
  } catch {
    throw new GqlError(`服务器返回 HTTP ${res.status}`, `HTTP_${res.status}`)
  }
  return body
}

function post(payload: object): Promise<Body> {
  return send(() =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(payload),
    }),
  )
}

function get(params: Record<string, string>): Promise<Body> {
  const url = endpoint + '?' + new URLSearchParams(params).toString()
  // application/json: a hash the server does not know yet is answered with
  // status 200 and PERSISTED_QUERY_NOT_FOUND, as Apollo clients expect.
  return send(() => fetch(url, { headers: { Accept: 'application/json' } }))
}

const maxGetURL = 4000

/** Runs a query and returns its data; throws GqlError on any error. */
export async function gql<R, V>(doc: Doc<R, V>, variables?: V): Promise<R> {
  const query = doc.toString()
  const vars = JSON.stringify(variables ?? {})
  const hash = await sha256(query)
  let body: Body
  if (hash && vars.length < maxGetURL) {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } })
    body = await get({ variables: vars, extensions })
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      body = query.length + vars.length < maxGetURL ? await get({ query, variables: vars, extensions }) : await post({ query, variables: variables ?? {}, extensions: JSON.parse(extensions) })
    }
  } else {
    body = await post({ query, variables: variables ?? {} })
  }
  if (body.errors?.length) {
    const e = body.errors[0]
    throw new GqlError(e.message, e.extensions?.code ?? 'ERROR')
  }
  return body.data as R
}
