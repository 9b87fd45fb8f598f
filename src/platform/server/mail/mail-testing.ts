import { SMTPServer } from 'smtp-server';

/** A real SMTP server for the mail tests. */

export interface Received {
  to: string[];
  text: string;
}

export interface FakeSmtp {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

/**
 * An SMTP server on localhost that accepts everything, without TLS or login; `delayMs` holds
 * each message that long before accepting it, like a slow mail server.
 */
export async function startSmtp(port = 0, delayMs = 0): Promise<FakeSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        received.push({ to, text: decodeMessage(Buffer.concat(chunks).toString('latin1')) });
        setTimeout(callback, delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    received,
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
