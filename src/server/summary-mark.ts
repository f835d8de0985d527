/**
 * The mark of the last readiness summary the add-on wrote in this Doc (core/summary.ts
 * SummaryMark), kept in the Doc's own properties: every person using the add-on on the Doc sees
 * the same mark, so whoever inserts next knows the add-on's own summary of today.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
import {parseSummaryMark, type SummaryMark} from '../core/summary';

const SUMMARY_MARK_KEY = 'lmp.summary';

/** The stored mark, and how to store the next one: the Doc's properties are got once for both. */
export interface SummaryMarkStore {
  mark: SummaryMark | null;
  /** Stores `mark`; a mark equal to the stored one is not written again (one call saved). */
  save(mark: SummaryMark): void;
}

export function openSummaryMark(): SummaryMarkStore {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperty(SUMMARY_MARK_KEY);
  return {
    mark: parseSummaryMark(stored),
    save(mark) {
      const value = JSON.stringify(mark);
      if (value !== stored) properties.setProperty(SUMMARY_MARK_KEY, value);
    },
  };
}
