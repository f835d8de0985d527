/**
 * Property-based tests over generated edited Docs (fast-check): a set-up Doc, or a hand-made one set
 * up afterwards, with drafts added by the add-on, then the edits people make by accident (headings
 * renamed by case, numbered, re-levelled, moved, deleted, duplicated; characters deleted and lines
 * joined inside the add-on's text, entry headings and summary lines too; add-on lines set to another
 * style; the program's text and add-on lines pasted where they do not belong; earlier summaries
 * moved) and, in another family, people's own content (tables, lists, images, very long and unusual
 * Unicode text).
 *
 * Invariants: no call throws (except with a clear message for a bad request); text the add-on or
 * the program wrote never becomes evidence; an entry heading joined to the line before or after it
 * leaves what counts as it was; no block a person wrote is lost, changed or reordered by any action
 * (recording a decision removes only the template's blank decision fields);
 * Set up twice equals Set up once. 250 Docs per property, 1,750 in all.
 */
import fc from 'fast-check';
import {planReviewOutcome} from '../../src/core/completion-plans';
import type {Block, DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {normalizeText} from '../../src/core/text';
import {
  applyInsertions,
  findJumpTarget,
  planAddEvidence,
  planReadinessSummary,
  planSetUp,
} from '../../src/core/setup';
import {check, doc, h1, para, setUp, TODAY} from './fixtures';
import {
  DECISION_FIELDS,
  editedDoc,
  joinDatedLine,
  keepsEveryBlock,
  linesOf,
  n,
  noEvidence,
  pick,
  SECTIONS,
  templateOnlyDoc,
  writtenDoc,
} from './generated-docs';

const RUNS = 250;

describe('generated edited Docs', () => {
  it('the add-on’s and the program’s text never becomes evidence, whatever is done to it', () => {
    fc.assert(
      fc.property(templateOnlyDoc, model => {
        const report = check(model);
        if (!noEvidence(report))
          throw new Error(
            `Evidence from template text:\n${linesOf(model)}\n${JSON.stringify(report.areas.map(a => [a.areaId, a.evidenceCount]))}`,
          );
        // Still none once Set up has restored what the edits removed.
        return noEvidence(check(setUp(model)));
      }),
      {numRuns: RUNS},
    );
  });

  it('an entry heading joined into the line before it, or the line after it joined into the heading, leaves every entry counting as before', () => {
    /** What the reader sees of each area and the log: status, entries, criteria, recorders. */
    const counted = (model: DocumentModel) => {
      const report = check(model);
      return {
        areas: report.areas.map(area => ({
          id: area.areaId,
          status: area.status,
          evidenceCount: area.evidenceCount,
          covered: area.criteria.filter(c => c.covered).map(c => c.id),
          recordedBy: area.recordedBy,
        })),
        oneOnOnes: report.oneOnOnes.entryCount,
      };
    };
    fc.assert(
      fc.property(writtenDoc, n, fc.boolean(), (model, at, into) => {
        const joined = joinDatedLine(at, into)(model);
        const [before, after] = [counted(model), counted(joined)];
        if (JSON.stringify(before) !== JSON.stringify(after))
          throw new Error(
            `The join changed what counts:\n${linesOf(joined)}\n${JSON.stringify(before)}\n${JSON.stringify(after)}`,
          );
      }),
      {numRuns: RUNS},
    );
  });

  it('Set up twice equals Set up once, and it keeps every block people have', () => {
    fc.assert(
      fc.property(editedDoc, model => {
        const once = setUp(model);
        expect(keepsEveryBlock(model, once)).toBe(true);
        const again = planSetUp(once, PROGRAM);
        if (again.length > 0)
          throw new Error(
            `Set up again adds ${JSON.stringify(again.map(i => [i.index, i.blocks.map(b => b.text)]))} to:\n${linesOf(once)}`,
          );
      }),
      {numRuns: RUNS},
    );
  });

  it('Add evidence and the summary keep every block people have, and the check reads the new entry', () => {
    fc.assert(
      fc.property(editedDoc, n, n, (model, section, criterion) => {
        const target = pick(SECTIONS, section);
        const criteria = [null, ...target.criteria.map(c => c.id)];
        const plan = planAddEvidence(model, PROGRAM, {
          sectionId: target.id,
          criterionId: pick(criteria, criterion),
          kindId: target.kinds[0],
          today: TODAY,
          role: 'manager',
        });
        const added = applyInsertions(model, plan.insertions);
        const report = check(added);
        const drafts =
          target.id === PROGRAM.oneOnOneLog.id
            ? report.oneOnOnes.drafts
            : (report.areas.find(area => area.areaId === target.id)?.drafts ??
              []);
        const summary = planReadinessSummary(
          model,
          PROGRAM,
          check(model),
          TODAY,
          null,
        );
        expect(keepsEveryBlock(model, added)).toBe(true);
        expect(
          keepsEveryBlock(model, applyInsertions(model, summary.insertions)),
        ).toBe(true);
        if (!drafts.some(draft => draft.title.startsWith(TODAY)))
          throw new Error(
            `The new ${target.id} entry is not read back as a draft of ${target.id}:\n${linesOf(added)}\n${JSON.stringify(drafts)}`,
          );
      }),
      {numRuns: RUNS},
    );
  });

  it('recording a decision keeps every block people have, removing only blank decision fields', () => {
    /** The template's decision field as Set up writes it, or only its label: nobody's writing. */
    const blankField = (block: Block) =>
      (block.type === 'paragraph' || block.type === 'listItem') &&
      !block.hasImage &&
      DECISION_FIELDS.some(field =>
        [field.label, `${field.label}:`, `${field.label}: ${field.text}`]
          .map(normalizeText)
          .includes(normalizeText(block.text)),
      );
    fc.assert(
      fc.property(editedDoc, fc.boolean(), (model, accepted) => {
        const plan = planReviewOutcome(
          model,
          PROGRAM,
          accepted ? 'accepted' : 'further-actions',
          ['Run the next sprint retrospective on your own'],
          TODAY,
        );
        const after = applyInsertions(model, plan.insertions);
        const removed = model.blocks.filter(
          block => !after.blocks.includes(block),
        );
        const kept = {
          blocks: model.blocks.filter(block => after.blocks.includes(block)),
        };
        if (!keepsEveryBlock(kept, after) || !removed.every(blankField))
          throw new Error(
            `Recording the decision lost ${JSON.stringify(removed.map(b => [b.text, b.hasImage]))} of:\n${linesOf(model)}`,
          );
        expect(check(after).completion.decision?.outcome).toBe(
          accepted ? 'accepted' : 'further-actions',
        );
      }),
      {numRuns: RUNS},
    );
  });

  it('no call throws, and every jump the report offers lands on a block', () => {
    fc.assert(
      fc.property(editedDoc, model => {
        const report = check(model);
        const targets = [
          ...report.areas.flatMap(area => [
            ...area.drafts,
            ...area.entriesOutside.map(entryIndex => ({
              sectionId: area.areaId,
              entryIndex,
            })),
          ]),
          ...report.oneOnOnes.drafts,
        ];
        return targets.every(
          target => findJumpTarget(model, PROGRAM, target) !== null,
        );
      }),
      {numRuns: RUNS},
    );
  });

  it('a bad request fails with a clear message and plans nothing', () => {
    fc.assert(
      fc.property(editedDoc, fc.string({maxLength: 20}), (model, id) => {
        const request = {
          sectionId: `x-${id}`,
          criterionId: null,
          kindId: 'general',
          today: TODAY,
          role: 'manager' as const,
        };
        expect(() => planAddEvidence(model, PROGRAM, request)).toThrow(
          /^There is no program section "x-/,
        );
      }),
      {numRuns: RUNS},
    );
  });
});

describe('the generators', () => {
  it('make hand-made Docs and Docs with writing that counts, so the properties are not vacuous', () => {
    const sample = fc.sample(editedDoc, {numRuns: 200, seed: 8});
    expect(sample.some(model => !noEvidence(check(model)))).toBe(true);
    const written = setUp(
      doc(h1('One-on-ones'), para('Building trust: weekly 1:1s with Ana')),
    );
    expect(noEvidence(check(written))).toBe(false);
  });
});
