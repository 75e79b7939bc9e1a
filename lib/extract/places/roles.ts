import { gazetteer } from './gazetteer';
import { buildRoles, Role } from './tokenize';

let built: ReadonlyMap<string, number> | null = null;

/**
 * Words' roles for the place tokenizer, with `Start` on every name and every name's opening
 * words: a word whose stem and key form agree (all but possessives) can start a candidate only if
 * its token has that bit, which the tokenizer reads in the lookup it makes anyway. The sentence
 * lexicon (`cuesOf`) holds these too, so a sentence's token brings its word's roles along. Built
 * at the first use, as the gazetteer is.
 */
export function placeRoles(): ReadonlyMap<string, number> {
  return (built ??= build());
}

function build(): ReadonlyMap<string, number> {
  const roles = buildRoles();
  const { senses, prefixes } = gazetteer();
  for (const key of [...senses.keys(), ...prefixes]) {
    roles.set(key, (roles.get(key) ?? 0) | Role.Start);
  }
  return roles;
}
