// The ceilings every answer is compared with, served from the bench's own process: a bare
// Fastify route answering a constant, bare Fastify routes sending the very same bytes (status,
// headers and body, compressed as the app sent it) as each measured answer, and a bare node:http route answering a
// constant, to show how far the load generator reaches.
import http, { type IncomingHttpHeaders } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';

export interface Sample {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as the wire carries it (still gzipped). */
  body: Buffer;
}

/** One answer as the wire carries it, to size it and to replay it. */
export function sample(url: string, headers: Record<string, string> = {}): Promise<Sample> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

export interface BareServer {
  /** A constant JSON answer. */
  constantUrl: string;
  /** The same bytes as `answers[index]`. */
  sameBytesUrl: (index: number) => string;
  /** node:http, no framework: the most one Node process answers here. */
  nodeUrl: string;
  close: () => Promise<void>;
}

/** Headers Node's HTTP server writes on its own, from the connection and the body. */
const nodeWrites = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

export async function startBareServer(answers: Sample[]): Promise<BareServer> {
  const app = Fastify();
  app.get('/', async () => ({ hello: 'world' }));
  for (const [index, answer] of answers.entries()) {
    // Every header the app sent (its ETag, caching and security headers too), but those Node
    // writes itself: the same bytes on the wire, status line, headers and body.
    const headers = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !nodeWrites.has(name)),
    );
    app.get(`/same/${index}`, async (_request, reply) => {
      reply.code(answer.status).headers(headers);
      if (answer.status === 304) return reply.send();
      return reply.send(answer.body);
    });
  }
  const base = await listen(app);
  const constant = Buffer.from('{"hello":"world"}');
  const node = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': 17 });
    response.end(constant);
  });
  await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
  const nodePort = (node.address() as { port: number }).port;
  return {
    constantUrl: `${base}/`,
    sameBytesUrl: (index) => `${base}/same/${index}`,
    nodeUrl: `http://127.0.0.1:${nodePort}/`,
    close: async () => {
      await app.close();
      await new Promise((resolve) => node.close(resolve));
    },
  };
}
