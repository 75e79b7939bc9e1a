/**
 * Export and import of claims: CSV and claims-list/1 JSON out, CSV / JSON / the Air Force's
 * daily dataset in (docs/export-import.md). Pure: no DOM, no browser API beyond web streams.
 *
 * @module
 */
export {
  CLAIMS_LIST_FORMAT,
  ClaimsListSchema,
  exportListMeta,
  type ClaimsList,
  type ListMeta,
} from './claims-list';
export { CLAIM_COLUMNS, PAGE_COLUMNS, REQUIRED_COLUMNS } from './claim-columns';
export { claimsToCsv, pageToCsv, type CheckedClaim, type ItemSource } from './export-csv';
export { claimsToJson, pageToJson } from './export-json';
export { exportFileName, pageClaims } from './export-names';
export {
  importClaimsFile,
  ImportFileError,
  type ImportCounts,
  type ImportFormat,
  type ImportInput,
  type ImportKind,
  type ImportOptions,
  type ImportOrigin,
  type ImportReport,
  type RejectedRow,
} from './import-file';
export { MAX_REJECTED_MESSAGES } from './batch-sender';
export { OFFICIAL_COLUMNS, OFFICIAL_DATASET_URL, OFFICIAL_BODY } from './official-dataset';
