/**
 * Gentle notes on the quality of the evidence, never blocking the verdict: the program asks to
 * "focus on the narrative, not the format", and a heap of thin entries is not evidence of
 * leadership. Each hint names its area (and entry) and leads to its place in the Doc.
 *
 * The rules:
 * - unanswered: an entry with writing whose prompt (e.g. Impact) was never answered;
 * - self-reported: an area with evidence, none of it confirmed (or recorded) by the sponsoring
 *   manager; where that evidence is writing typed without the add-on, it says how to get it confirmed;
 * - short: an area whose entries with writing are all very short (under SHORT_ENTRY characters);
 * - quiet: an area with no new evidence for longer than the program's stale limit.
 */
import {sectionEntries, type Outline} from './outline';
import {roleInSentence, type Program} from './program';
import {nothingToConfirm} from './review';
import type {AreaReport} from './report';
import type {JumpTarget} from './setup';

/** An entry's own words shorter than this read as a note, not as evidence of leadership. */
export const SHORT_ENTRY = 80;

export type HintKind = 'unanswered' | 'self-reported' | 'short' | 'quiet';

export interface Hint {
  kind: HintKind;
  areaId: string;
  /** One sentence, naming the area (and the entry). */
  text: string;
  /** Where it leads in the Doc: the entry, or the area's heading. */
  target: JumpTarget;
}

/** At most this many "unanswered" hints per area: the newest entries matter most. */
const UNANSWERED_PER_AREA = 2;

export function evidenceHints(
  outline: Outline,
  program: Program,
  areas: AreaReport[],
): Hint[] {
  const hints: Hint[] = [];
  program.areas.forEach((area, position) => {
    const report = areas[position];
    if (!report) return;
    const entries = sectionEntries(outline, area.id);
    const written = entries
      .map((entry, entryIndex) => ({entry, entryIndex}))
      .filter(({entry}) => entry.hasWriting);
    const atHeading: JumpTarget = {sectionId: area.id};

    written
      .filter(({entry}) => entry.unanswered.length > 0)
      .slice(-UNANSWERED_PER_AREA)
      .reverse()
      .forEach(({entry, entryIndex}) =>
        hints.push({
          kind: 'unanswered',
          areaId: area.id,
          text: `${area.shortTitle}: “${entry.title.trim()}” leaves ${entry.unanswered.join(' and ')} unanswered`,
          target: {sectionId: area.id, entryIndex},
        }),
      );

    if (report.evidenceCount > 0 && report.confirmedCount === 0)
      hints.push({
        kind: 'self-reported',
        areaId: area.id,
        text:
          (report.evidenceCount === 1
            ? `${area.shortTitle}: its evidence is self-reported; none is confirmed by ${roleInSentence(program, 'manager')} yet`
            : `${area.shortTitle}: all ${report.evidenceCount} pieces of evidence are self-reported; none is confirmed by ${roleInSentence(program, 'manager')} yet`) +
          nothingToConfirm(program, outline, report),
        target: atHeading,
      });

    if (
      written.length > 0 &&
      written.every(({entry}) => entry.writingLength < SHORT_ENTRY)
    )
      hints.push({
        kind: 'short',
        areaId: area.id,
        text: `${area.shortTitle}: ${written.length === 1 ? 'its only entry is' : `all ${written.length} entries are`} very short; say what happened, what you did and what changed`,
        target: {
          sectionId: area.id,
          entryIndex: written[written.length - 1].entryIndex,
        },
      });

    if (report.stale && report.newestEvidence)
      hints.push({
        kind: 'quiet',
        areaId: area.id,
        text: `${area.shortTitle}: nothing new since ${report.newestEvidence}`,
        target: atHeading,
      });
  });
  return hints;
}
