/**
 * Ukrainian regions Russia occupies in whole or in part: both sides' weapons fall there, so a
 * figure's place there says nothing about who attacked.
 */
export const CONTESTED_CODES: ReadonlySet<string> = new Set([
  'UA-43',
  'UA-40',
  'UA-14',
  'UA-09',
  'UA-23',
  'UA-65',
]);
