import { sql, type Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DB } from '../../../../db/schema.ts';
import type { PeriodicWork } from '../jobs/periodic.ts';
import { renderMailHtml } from './mail-html.ts';
import {
  claimDueMessages,
  DELIVERY_LEASE_MS,
  isGivenUp,
  MIN_RETRY_MS,
  retryDelayMs,
} from './mail-retry.ts';
import { SecretLinkMinters, type SecretLink, type SecretLinkMinter } from './secret-links.ts';

/** A text file sent with a message (an activity's .ics); stored in the outbox with it. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingMessage {
  to: string;
  subject: string;
  /** With `secretLinkPlaceholder(i)` where the `i`th of `secretLinks` goes. */
  text: string;
  attachments?: MailAttachment[];
  /** Links made only at delivery, never stored (secret-links.ts). */
  secretLinks?: SecretLink[];
  /**
   * Mail to many (reminders, notices): the address where the recipient leaves that kind of mail,
   * sent as List-Unsubscribe with one-click (RFC 8058). Its token can only unsubscribe.
   */
  listUnsubscribe?: string;
}

export interface MailerOptions {
  smtpUrl?: string;
  from: string;
  /** The server's address: its host names the messages (Message-ID). */
  publicUrl: string;
  /** The clock retries are timed by (tests pass a fake one). */
  now?: () => Date;
}
/** How long a delivery waits for the caller's transaction to end before leaving it to the retry. */
const COMMIT_WAIT_MS = 30_000;

/**
 * Every message goes into the outbox first. With SMTP configured it is then delivered, and
 * retried on failure with growing delays for two days (mail-retry.ts) before it is `failed`;
 * without SMTP it stays in the outbox for admins to read. Never dropped.
 * Its secret links are made only as it is handed to the mail server (secret-links.ts), so the
 * outbox never holds one. Logs carry the message id, never the address.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly minters = new SecretLinkMinters();
  private readonly now: () => Date;
  private readonly messageIdHost: string;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: Logger,
    private readonly options: MailerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.messageIdHost = new URL(options.publicUrl).hostname;
    // nodemailer waits up to 2 and 10 minutes by default; an unreachable mail server must not
    // hold a request's delivery, or a shutdown, that long. Query parameters in the URL still win.
    this.transport = options.smtpUrl
      ? nodemailer.createTransport({
          url: options.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get isDelivering(): boolean {
    return this.transport !== null;
  }

  /** A feature's way of making the links of its messages (its server module's `secretLinks`). */
  registerSecretLinks(minters: Record<string, SecretLinkMinter>) {
    for (const [name, minter] of Object.entries(minters)) this.minters.register(name, minter);
  }

  /** Stores the message (inside the caller's transaction if one is passed) and delivers it after. */
  async send(organizationId: string, message: OutgoingMessage, db: Kysely<DB> = this.db) {
    const secretLinks = message.secretLinks ?? [];
    this.minters.check(message.text, secretLinks);
    const now = this.now();
    const row = await db
      .insertInto('outbox')
      .values({
        organization_id: organizationId,
        to_address: message.to,
        subject: message.subject,
        body_text: message.text,
        attachments: JSON.stringify(message.attachments ?? []),
        secret_links: JSON.stringify(secretLinks),
        list_unsubscribe: message.listUnsubscribe ?? null,
        status: this.transport ? 'pending' : 'stored',
        queued_at: now,
        next_attempt_at: now,
        // This process delivers it now; should it stop first, the retry takes it after the lease.
        locked_until: this.transport ? new Date(now.getTime() + DELIVERY_LEASE_MS) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (this.transport) {
      // Another connection cannot see the row before the caller's transaction commits, so the
      // delivery first waits for that transaction to end (and skips it if it rolled back).
      const xid = db.isTransaction ? await currentTransactionId(db) : null;
      this.log.info({ outboxId: row.id }, 'mail queued for delivery');
      setImmediate(() => void this.deliver(row.id, xid));
    } else {
      this.log.info({ outboxId: row.id }, 'mail stored in the outbox (no SMTP_URL set)');
    }
    return row;
  }

  /**
   * The periodic work that delivers what is due: once a minute, in one process at a time (a
   * durable job of the kernel's queue). It takes the due messages in its transaction and
   * delivers them once that has committed, outside it (an SMTP server may be slow).
   */
  readonly retryWork: PeriodicWork = {
    kind: 'mail.deliver-due',
    everyMs: MIN_RETRY_MS,
    run: async ({ trx }) => {
      if (!this.transport) return;
      const ids = await claimDueMessages(trx, this.now());
      if (ids.length === 0) return;
      const xid = await currentTransactionId(trx);
      for (const id of ids) void this.deliver(id, xid);
    },
  };

  /** Delivers every message that is due now (tests call it; the periodic work does the same). */
  async deliverPending() {
    if (!this.transport) return;
    const ids = await claimDueMessages(this.db, this.now());
    await Promise.all(ids.map((id) => this.deliver(id)));
  }

  /**
   * Queues a failed message (or one waiting after a failed attempt) again: it is tried now and,
   * failing that, for two more days. Answers after this attempt; false when the message is not
   * one such (or is being sent).
   */
  async requeue(organizationId: string, id: string): Promise<boolean> {
    if (!this.transport) return false;
    const now = this.now();
    const row = await this.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        queued_at: now,
        next_attempt_at: now,
        locked_until: new Date(now.getTime() + DELIVERY_LEASE_MS),
      })
      .where('id', '=', id)
      .where('organization_id', '=', organizationId)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'failed'),
          eb.and([eb('status', '=', 'pending'), eb('attempts', '>', 0)]),
        ]),
      )
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    this.log.info({ outboxId: id }, 'mail queued again by an admin');
    await this.deliver(id);
    return true;
  }

  /** Waits for deliveries under way (tests, shutdown). */
  async flush() {
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(this.inFlight.values());
  }

  async close() {
    await this.flush();
    this.transport?.close();
  }

  private deliver(id: string, xid: string | null = null): Promise<void> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const attempt = this.waitForCommit(xid)
      .then((isCommitted) => (isCommitted ? this.attempt(id) : undefined))
      // Never an unhandled rejection (it would end the process); the retry picks the row up.
      .catch((error: unknown) => {
        this.log.error({ outboxId: id, err: error }, 'mail delivery error');
      })
      .finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, attempt);
    return attempt;
  }

  /** False when the transaction rolled back; true once it committed (or after too long a wait). */
  private async waitForCommit(xid: string | null): Promise<boolean> {
    if (!xid) return true;
    const deadline = Date.now() + COMMIT_WAIT_MS;
    for (let delay = 5; Date.now() < deadline; delay = Math.min(delay * 2, 200)) {
      const result = await sql<{ status: string | null }>`
        select txid_status(${xid}::bigint) as status`.execute(this.db);
      const status = result.rows[0]?.status;
      if (status === 'aborted') return false;
      if (status !== 'in progress') return true;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    return true;
  }

  private async attempt(id: string) {
    const message = await this.db
      .selectFrom('outbox')
      .select([
        'organization_id',
        'to_address',
        'subject',
        'body_text',
        'status',
        'attachments',
        'secret_links',
        'list_unsubscribe',
        'queued_at',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!message || !this.transport || message.status !== 'pending') return;
    // Fresh links for this attempt (a retry's links end the ones before), held in memory only.
    const text = await this.minters.fill(
      this.db,
      message.organization_id,
      message.body_text,
      message.secret_links,
    );
    if (text === null) {
      await this.db
        .updateTable('outbox')
        .set({
          status: 'cancelled',
          last_error: 'not sent: its link no longer works (used or expired)',
          locked_until: null,
        })
        .where('id', '=', id)
        .execute();
      this.log.info({ outboxId: id }, 'mail not sent: its link no longer works');
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.to_address,
        subject: message.subject,
        text,
        html: renderMailHtml(text, message.subject),
        // The same for every attempt, so a receiver can tell a message it already has.
        messageId: `<${id}@${this.messageIdHost}>`,
        headers: message.list_unsubscribe
          ? {
              'List-Unsubscribe': `<${message.list_unsubscribe}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {},
        attachments: message.attachments.map(({ filename, contentType, content }) => ({
          filename,
          contentType,
          content,
        })),
      });
      await this.db
        .updateTable('outbox')
        .set((eb) => ({
          status: 'sent',
          sent_at: this.now(),
          attempts: eb('attempts', '+', 1),
          last_error: null,
          locked_until: null,
        }))
        .where('id', '=', id)
        .execute();
      this.log.info({ outboxId: id }, 'mail delivered');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const now = this.now();
      const isFailed = isGivenUp(message.queued_at, now);
      const waited = now.getTime() - message.queued_at.getTime();
      await this.db
        .updateTable('outbox')
        .set((eb) => ({
          status: isFailed ? 'failed' : 'pending',
          attempts: eb('attempts', '+', 1),
          last_error: reason,
          next_attempt_at: new Date(now.getTime() + retryDelayMs(waited)),
          locked_until: null,
        }))
        .where('id', '=', id)
        .execute();
      if (isFailed) this.log.error({ outboxId: id }, 'mail delivery failed for two days; given up');
      else this.log.warn({ outboxId: id }, 'mail delivery failed; will retry');
    }
  }
}

async function currentTransactionId(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ xid: string }>`select txid_current()::text as xid`.execute(db);
  return result.rows[0]!.xid;
}
