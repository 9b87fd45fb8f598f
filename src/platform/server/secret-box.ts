import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/app-error.ts';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

/**
 * Seals secrets the server must read back later (two-factor secrets) with a key kept outside
 * the database: AES-256-GCM, so a sealed value can be neither read nor altered without the key.
 * A copy of the database, such as a backup, holds only sealed values.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error('the secret key must be 32 bytes');
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body].map(encode).join('.');
  }

  /** The plain text, or null when the value was sealed with another key or altered. */
  open(sealed: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return null;
    }
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}

/** One key for every in-memory app of a process (the tests' several "processes" share it). */
let memoryKey: Buffer | undefined;

/**
 * The installation's key: GRASROT_SECRET_KEY (32 bytes, base64) when set — needed when several
 * machines serve one database — or else `secret.key` in the data directory, created on first
 * start and readable by its owner only. `grasrot backup` does not include it: keep it apart.
 */
export function loadSecretKey(options: { secretKey?: string; dataDir: string }): Buffer {
  if (options.secretKey) {
    const key = Buffer.from(options.secretKey, 'base64');
    if (key.length !== KEY_BYTES) {
      throw new AppError(
        'bad_request',
        'invalid GRASROT_SECRET_KEY: it must be 32 random bytes in base64 (openssl rand -base64 32)',
      );
    }
    return key;
  }
  if (options.dataDir.startsWith('memory://')) {
    memoryKey ??= randomBytes(KEY_BYTES);
    return memoryKey;
  }
  const path = join(options.dataDir, 'secret.key');
  if (!existsSync(path)) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    // Written whole beside it, then linked into place: a process starting at the same moment
    // either creates the key or reads the other's, never a half-written file.
    const draft = `${path}.${process.pid}.tmp`;
    writeFileSync(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
    try {
      linkSync(draft, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  chmodSync(path, 0o600);
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new AppError('bad_request', `${path} does not hold a 32-byte key in base64`);
  }
  return key;
}
