import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadSecretKey, SecretBox } from './secret-box.ts';

const dir = mkdtempSync(join(tmpdir(), 'secret-box-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('opens what it sealed, and nothing sealed with another key or altered', () => {
  const box = new SecretBox(randomBytes(32));
  const sealed = box.seal('JBSWY3DPEHPK3PXP');
  expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
  expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
  expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  expect(new SecretBox(randomBytes(32)).open(sealed)).toBeNull();
  const [version, iv, tag, body] = sealed.split('.');
  const flipped = `${body!.startsWith('A') ? 'B' : 'A'}${body!.slice(1)}`;
  expect(box.open([version, iv, tag, flipped].join('.'))).toBeNull();
  expect(box.open('not sealed')).toBeNull();
});

it('makes the key file once, readable by its owner only, and reads it back', () => {
  const dataDir = join(dir, 'data');
  const first = loadSecretKey({ dataDir });
  const again = loadSecretKey({ dataDir });
  expect(again.equals(first)).toBe(true);
  const path = join(dataDir, 'secret.key');
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64')).toHaveLength(32);
});

it('takes GRASROT_SECRET_KEY when set, and says what is wrong with a bad one', () => {
  const key = randomBytes(32);
  expect(loadSecretKey({ dataDir: dir, secretKey: key.toString('base64') }).equals(key)).toBe(true);
  expect(() => loadSecretKey({ dataDir: dir, secretKey: 'short' })).toThrow(
    /GRASROT_SECRET_KEY: it must be 32 random bytes/,
  );
});
