/**
 * Sizes shared by the sync and the messages that reach it, kept apart so the popup can import
 * them without the database code.
 *
 * @module
 */

/** The most claims in one share, well under the list server's 5 MB body limit. */
export const MAX_SHARE_CLAIMS = 1000;
