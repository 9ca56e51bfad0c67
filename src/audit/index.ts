// The audience audit's pure core: classify followers, page through them resumably, report, export.
export { wilson, type WilsonInterval } from './wilson';
export {
  classifyFollower,
  INACTIVE_AFTER_DAYS,
  INACTIVITY_FLAGS,
  SHARED_VERDICTS,
  VERDICTS,
  type ClassifiedFollower,
  type FollowerInput,
  type FollowerVerdict,
  type SharedVerdict,
} from './classify';
export { addListed, addPage, clampSampleSize, createAuditState, parseAuditState, SAMPLE_SIZE, type AuditProgress, type AuditState, type AuditTarget } from './state';
export { finish, type AuditReport } from './report';
export {
  CLASSIFIER_RATES,
  CLASSIFIER_SOURCE,
  correctedShare,
  FALSE_POSITIVE_RATE,
  REFERENCE_BANDS,
  TRUE_POSITIVE_RATE,
  typicalFor,
  type AudienceBand,
  type BoughtEstimate,
  type Typical,
} from './typical';
export { AUDIT_CSV_HEADER, auditCsv, auditJson } from './export';
export { classifyListed, LIST_FLAGS, LIST_RATES, listFlags, type PageFollower } from './list-evidence';
