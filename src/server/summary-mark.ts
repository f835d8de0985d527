/**
 * The mark of the last readiness summary the add-on wrote in this Doc (core/summary.ts
 * SummaryMark), kept in the Doc's own properties: every person using the add-on on the Doc sees
 * the same mark, so whoever inserts next knows the add-on's own summary of today.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
import {parseSummaryMark, type SummaryMark} from '../core/summary';

const SUMMARY_MARK_KEY = 'lmp.summary';

export function readSummaryMark(): SummaryMark | null {
  return parseSummaryMark(
    PropertiesService.getDocumentProperties().getProperty(SUMMARY_MARK_KEY),
  );
}

export function saveSummaryMark(mark: SummaryMark): void {
  PropertiesService.getDocumentProperties().setProperty(
    SUMMARY_MARK_KEY,
    JSON.stringify(mark),
  );
}
