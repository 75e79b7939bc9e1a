import { z } from 'zod';
import {
  HttpUrlSchema,
  MentionSchema,
  SourceSchema,
  TextSchema,
  type Mention,
  type Source,
  type Value,
} from './mention';

/** The origin of a team list's claims: `list:` and the list's id. */
export const LIST_ORIGIN_PATTERN = /^list:[A-Za-z0-9_-]{1,64}$/;

/** A claim's id: `c_` and 16 to 64 hexadecimal digits. */
export const CLAIM_ID_PATTERN = /^c_[0-9a-f]{16,64}$/;

/** Where a claim came from (CLAIMS.md section 6). */
export const OriginSchema = z.union([
  z.enum(['browsed', 'imported', 'official']),
  z.string().regex(LIST_ORIGIN_PATTERN),
]);
export type Origin = z.infer<typeof OriginSchema>;

/**
 * A source as stored with a claim: an http(s) URL is required, since a claim is what some page
 * said (and the URL becomes a link on every card that cites it).
 */
export const ClaimSourceSchema = SourceSchema.extend({ url: HttpUrlSchema });

/** A Mention that some source published, as stored, exported and shared (CLAIMS.md section 6). */
export const ClaimSchema = MentionSchema.extend({
  id: z.string().regex(CLAIM_ID_PATTERN),
  source: ClaimSourceSchema,
  origin: OriginSchema,
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  /** When the user last corrected the claim in the claims browser; absent when never edited. */
  editedAt: z.string().datetime({ offset: true }).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The verdict a figure gets from the other sources for the same event (CLAIMS.md section 5). */
export const VerdictSchema = z.enum([
  'corroborated',
  'conflicting',
  'mixed',
  'single-source',
  'explained',
  'updated',
]);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Another source's figure for the same event, as the badge card and `check` show it. */
export const OtherSchema = z.object({
  url: TextSchema.max(4096),
  outlet: TextSchema.max(200).nullable(),
  text: TextSchema.max(500),
  value: MentionSchema.shape.value,
  attributedTo: TextSchema.max(200).nullable(),
  date: z.string().nullable(),
  /** The claim's origin: "official" records and team lists are labelled as such in the card. */
  origin: OriginSchema,
  /** For a claim from a team list, the list's name, so the card can say which list it came from. */
  listName: TextSchema.max(200).optional(),
  /** When the source was published, for the order of a toll's reports. */
  publishedAt: TextSchema.max(64).nullable().optional(),
  agrees: z.boolean(),
});
export type Other = z.infer<typeof OtherSchema>;

/**
 * A difference the news explains (CLAIMS.md section 2.1): `sum`, one figure is the other source's
 * parts added up; `update`, a toll published later and higher. `later` says, for an update,
 * whether the other source is the later report (then this figure is superseded).
 */
export const ExplanationSchema = z.object({
  kind: z.enum(['sum', 'update']),
  value: MentionSchema.shape.value,
  source: z.object({ url: TextSchema.max(4096), outlet: TextSchema.max(200).nullable() }),
  because: TextSchema.max(600),
  later: z.boolean().optional(),
  /** For a sum, whether this figure is one of the parts (the other source gives the total). */
  part: z.boolean().optional(),
  other: OtherSchema,
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** A figure this one is part of: a region's inside a country's, a group's inside a toll. */
export const PartSchema = z.object({
  relation: z.enum(['region', 'group']),
  value: MentionSchema.shape.value,
  url: TextSchema.max(4096),
  outlet: TextSchema.max(200).nullable(),
  because: TextSchema.max(600),
});
export type Part = z.infer<typeof PartSchema>;

/** Other sources that relay the same originator ("the Russian Defense Ministry"), grouped. */
export const OriginatorGroupSchema = z.object({
  originator: TextSchema.max(200).nullable(),
  others: z.array(OtherSchema),
});
export type OriginatorGroup = z.infer<typeof OriginatorGroupSchema>;

/** One figure of a page with its verdict and the sources behind it. */
export const FigureCheckSchema = z.object({
  verdict: VerdictSchema,
  agree: z.array(OtherSchema),
  /** The conflicts the news does not explain. */
  disagree: z.array(OtherSchema),
  /** The differences the news explains, apart from the conflicts. */
  explained: z.array(ExplanationSchema).default([]),
  /** Figures this one is part of; shown, never counted. */
  parts: z.array(PartSchema).default([]),
  byOriginator: z.array(OriginatorGroupSchema),
});
export type FigureCheck = z.infer<typeof FigureCheckSchema>;

export type { Mention, Source, Value };
