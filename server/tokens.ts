/**
 * List tokens: random, stored only as SHA-256 hashes, compared in constant time.
 *
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new list id: 12 random bytes, base64url (16 characters, valid in `list:<id>` origins). */
export function newListId(): string {
  return randomBytes(12).toString('base64url');
}

/** The SHA-256 of a token, hex: what is stored and what rate limits are keyed by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `hash` (hex, from hashToken) equals `storedHash`, in time independent of where they differ. */
export function sameHash(hash: string, storedHash: string): boolean {
  const a = Buffer.from(hash, 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === 32 && b.length === 32 && timingSafeEqual(a, b);
}
