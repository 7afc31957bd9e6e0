import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { UserError } from '../ipc/user-error';

/**
 * zxcvbn's top score: an estimated 10^10 guesses or more. A stolen key file is attacked offline,
 * where even at scrypt 2^17 a few graphics cards try thousands of passwords a second: score 3
 * (10^8) falls in days, score 4 holds for decades. Phrases of three or four uncommon words pass.
 */
const MIN_SCORE = 4;
/** Parts of a name shorter than this ("Li", "Jo") would refuse too many ordinary words. */
const MIN_NAME_PART = 4;

/** The person a new password is for: their username and, once known, their name. */
export interface PasswordOwner {
  username: string;
  displayName?: string;
}

let checker: ZxcvbnFactory | null = null;

/** Built on first use: ranking the dictionaries takes a moment that startup need not spend. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/** Why the password is not good enough for this person, in words for them, or null. */
export function passwordWeakness(password: string, owner: PasswordOwner): string | null {
  const folded = password.normalize('NFKC').toLowerCase();
  const nameParts = (owner.displayName ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= MIN_NAME_PART);
  const contained = [owner.username.trim().toLowerCase(), ...nameParts].find((part) => folded.includes(part));
  if (contained) {
    return `The password contains the username or the person's name (“${contained}”), which anyone who knows them would try first. Choose words that have nothing to do with the person.`;
  }
  const result = zxcvbn().check(password, [owner.username, ...(owner.displayName ? [owner.displayName] : [])]);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  return `This password is too easy to guess.${warning} Use three or four uncommon words that do not belong together, or a longer phrase only you would think of.`;
}

/** Refuses a weak new password with the reason on the form's field. */
export function requireStrongPassword(password: string, owner: PasswordOwner, field: string): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw new UserError('INVALID_INPUT', weakness, { [field]: weakness });
}
