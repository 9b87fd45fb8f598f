// The ceilings every answer is compared with, served from the bench's own process: a bare
// Fastify route answering a constant, bare Fastify routes sending the very same bytes (size,
// compression and type) as each measured answer, and a bare node:http route answering a
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

export async function startBareServer(answers: Sample[]): Promise<BareServer> {
  const app = Fastify();
  app.get('/', async () => ({ hello: 'world' }));
  for (const [index, answer] of answers.entries()) {
    app.get(`/same/${index}`, async (_request, reply) => {
      const encoding = answer.headers['content-encoding'];
      if (encoding) reply.header('content-encoding', encoding);
      reply.code(answer.status);
      if (answer.status === 304) return reply.send();
      return reply.type(String(answer.headers['content-type'])).send(answer.body);
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
