import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// A link that opens an account or confirms a sign-up carries a secret. Such a secret is never
// stored: the outbox (and so every backup) keeps the message with a placeholder and a reference
// saying how to make the link, and the mailer makes a fresh secret only when it hands the
// message to the mail server (a retry makes another one, which ends the previous). Features
// give their minters in their server module (`secretLinks`); the kernel knows none of them.

/** How to make one link of a message: the minter's name, its row, and the address before `#token=`. */
export interface SecretLink {
  minter: string;
  id: string;
  url: string;
}

/**
 * Makes a fresh secret for the row and stores its hash there (replacing the one before, so an
 * older link stops working), or answers null when the link no longer works (used, expired).
 * Runs in a short transaction of its own, `trx`.
 */
export type SecretLinkMinter = (
  trx: Kysely<DB>,
  link: { organizationId: string; id: string },
) => Promise<string | null>;

/** What admins and backups see where a message's link goes. */
export const SECRET_LINK_LABEL = '[personlig länk – skickas bara till mottagaren]';

/** The text a message builder puts where its `index`th secret link goes. */
export function secretLinkPlaceholder(index = 0): string {
  return `{{secret-link:${index}}}`;
}

const placeholders = /\{\{secret-link:(\d+)\}\}/g;

/** The stored text as admins read it: each secret link as the label. */
export function showSecretLinks(text: string): string {
  return text.replace(placeholders, SECRET_LINK_LABEL);
}

/** The registered minters; the mailer asks them at delivery. */
export class SecretLinkMinters {
  private readonly minters = new Map<string, SecretLinkMinter>();

  register(name: string, minter: SecretLinkMinter) {
    if (this.minters.has(name)) throw new Error(`two minters of secret links are named ${name}`);
    this.minters.set(name, minter);
  }

  /** Refuses a message whose placeholders and links do not match, or whose minter is unknown. */
  check(text: string, links: SecretLink[]) {
    for (const link of links) {
      if (!this.minters.has(link.minter)) throw new Error(`no minter of links ${link.minter}`);
    }
    for (const [, index] of text.matchAll(placeholders)) {
      if (Number(index) >= links.length) throw new Error(`no secret link ${index} for the text`);
    }
  }

  /**
   * The text with a fresh, working link in place of each placeholder, or null when one of the
   * links no longer works. The secrets are in the answer only: nothing stores them.
   */
  async fill(
    db: Kysely<DB>,
    organizationId: string,
    text: string,
    links: SecretLink[],
  ): Promise<string | null> {
    if (links.length === 0) return text;
    const urls = await db.transaction().execute(async (trx) => {
      const made: string[] = [];
      // One at a time: PGlite's one connection takes one statement at a time.
      for (const link of links) {
        const minter = this.minters.get(link.minter);
        if (!minter) throw new Error(`no minter of links ${link.minter}`);
        const secret = await minter(trx, { organizationId, id: link.id });
        if (secret === null) return null;
        made.push(`${link.url}#token=${secret}`);
      }
      return made;
    });
    return urls && text.replace(placeholders, (_, index: string) => urls[Number(index)]!);
  }
}
