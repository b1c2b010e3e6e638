/**
 * A hostile web server on 127.0.0.1 for the URL kinds: wrong types, redirect loops, answers that
 * trickle or never end. Only loopback, and every endless answer stops when its client goes.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

/** A page with one dated event, for the redirect that ends well. */
export const PAGE =
  '<!DOCTYPE html><html><head><title>Cut off</title></head><body><article><h1>Cut off</h1>' +
  '<p>Russia suspended its mission to NATO on 18 October 2021, the minister said.</p>' +
  '<script>document.title = "On 1 January 2020"</script></article></body></html>'

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void

/** Writes `chunk` every `ms` until the client hangs up. */
function drip(res: http.ServerResponse, chunk: string | Buffer, ms: number): void {
  const timer = setInterval(() => res.write(chunk), ms)
  res.on('close', () => clearInterval(timer))
}

const ROUTES: Record<string, Route> = {
  '/page': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
  '/pdf': (_, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n'),
  '/image': (_, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
  '/json': (_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"events": []}'),
  '/png-as-html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PNG),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/ping': (_, res) => res.writeHead(301, { location: '/pong' }).end(),
  '/pong': (_, res) => res.writeHead(307, { location: '/ping' }).end(),
  '/hop': (_, res) => res.writeHead(302, { location: '/page' }).end(),
  '/nowhere': (_, res) => res.writeHead(302).end(),
  '/to-file': (_, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/to-js': (_, res) => res.writeHead(302, { location: 'javascript:alert(1)' }).end(),
  '/missing': (_, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>No</p>'),
  '/empty': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(''),
  // Headers at once, then a byte every 50 ms: never finishes, never quite stalls.
  '/trickle': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    drip(res, ' ', 50)
  },
  // Never answers at all.
  '/silent': () => undefined,
  // An endless body, fast: must be cut off at the byte limit.
  '/endless': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    drip(res, 'On 18 October 2021 it went on. '.repeat(2048), 1)
  },
  // Claims a gigabyte up front: refused without reading.
  '/claims-huge': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1024 ** 3) })
    res.write('<p>')
  }
}

let server: http.Server | null = null
let base = ''

/** Starts the server; the address is then `urlOf(path)`. */
export async function startServer(): Promise<void> {
  server = http.createServer((req, res) => {
    const route = ROUTES[req.url ?? '']
    if (route) route(req, res)
    else res.writeHead(500).end()
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export async function stopServer(): Promise<void> {
  if (!server) return
  server.closeAllConnections()
  await new Promise((resolve) => server!.close(resolve))
  server = null
}

export function urlOf(route: string): string {
  if (!base) throw new Error('startServer() first')
  return `${base}${route}`
}

/** A loopback port with nothing listening: opened, noted, closed. */
export async function closedPort(): Promise<number> {
  const probe = http.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}
