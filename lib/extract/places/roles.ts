import { GAZETTEER } from './gazetteer';
import { buildRoles, Role } from './tokenize';

/**
 * Words' roles for the place tokenizer, with `Start` on every name and every name's opening
 * words: a word whose stem and key form agree (all but possessives) can start a candidate only if
 * its token has that bit, which the tokenizer reads in the lookup it makes anyway. The sentence
 * lexicon (`cuesOf`) holds these too, so a sentence's token brings its word's roles along.
 */
export const PLACE_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = buildRoles();
  for (const key of [...GAZETTEER.senses.keys(), ...GAZETTEER.prefixes]) {
    roles.set(key, (roles.get(key) ?? 0) | Role.Start);
  }
  return roles;
})();
