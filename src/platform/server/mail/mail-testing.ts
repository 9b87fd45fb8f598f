import { SMTPServer } from 'smtp-server';

/** A real SMTP server for the mail tests. */

export interface Received {
  to: string[];
  text: string;
}

export interface FakeSmtp {
  port: number;
  /** The address to give the app as SMTP_URL. */
  url: string;
  received: Received[];
  /** Messages read in full and then refused (see `refuse`). */
  refused: Received[];
  close(): Promise<void>;
}

/**
 * An SMTP server on localhost that accepts everything, without TLS or login; `delayMs` holds
 * each message that long before accepting it, like a slow mail server. `refuse` is how many
 * messages it reads in full and then refuses with a temporary error, as a mail server may
 * after the whole message has crossed the wire.
 */
export async function startSmtp(port = 0, delayMs = 0, refuse = 0): Promise<FakeSmtp> {
  const received: Received[] = [];
  const refused: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        const message = { to, text: decodeMessage(Buffer.concat(chunks).toString('latin1')) };
        if (refused.length < refuse) {
          refused.push(message);
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          return;
        }
        received.push(message);
        setTimeout(callback, delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of a message as a reader sees it (quoted-printable and UTF-8 decoded). */
export function decodeMessage(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * The token of the newest link to `path` (`/reset-password`, …) that reached `to`, as the
 * recipient reads it in their mail; throws if none did.
 */
export function tokenSentTo(messages: Received[], to: string, path: string): string {
  const pattern = new RegExp(`${path}#token=([A-Za-z0-9_-]+)`);
  for (const message of [...messages].reverse()) {
    if (!message.to.some((address) => address.toLowerCase() === to.toLowerCase())) continue;
    const token = pattern.exec(message.text)?.[1];
    if (token) return token;
  }
  throw new Error(`no ${path} link reached ${to}`);
}
