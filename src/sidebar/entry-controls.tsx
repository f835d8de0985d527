/** What both kinds of card offer for a section: the add-entry form, drafts, and jumping to it. */
import type {ComponentChildren} from 'preact';
import {useEffect, useId, useRef, useState} from 'preact/hooks';
import type {SectionView} from '../contract';
import type {CriterionCoverage, DraftEntry} from '../core/report';
import {addEvidence, jumpTo} from './actions';
import {ActionButton} from './controls';

interface AddEntryFormProps {
  /** The program's view of the section: the criteria and kinds to offer. */
  section: SectionView;
  /** Which of the section's criteria the Doc already covers; the default is the first that is not. */
  coverage?: CriterionCoverage[];
  /** The section's drafts: a criterion that already has one is not the default again. */
  drafts?: DraftEntry[];
  /** Visible button text: "Add evidence" or "Add log entry". */
  label: string;
  /** The button's accessible name when it differs from `label`, e.g. "Add evidence for <area>". */
  name?: string;
  /** Set when the section is not in the Doc, with the id of the text that says why. */
  unavailableReason?: string;
  /** Shown beside the Add button (the section's Go to section). */
  children?: ComponentChildren;
}

export const GENERAL_HINT =
  'General entries count as evidence but cover no criterion.';

/**
 * The section's Add button. When there is something to choose (criteria, or more than one kind of
 * entry), the card shows only "Add evidence…", a disclosure that opens the choices and the real
 * Add button, so the overview stays short; with nothing to choose, the Add button itself. Once an
 * entry is added the choices close (the Doc has the keyboard then), and the default moves on to the
 * next criterion, so adding again does not repeat the same entry.
 */
export function AddEntryForm(props: AddEntryFormProps) {
  const {section, coverage, drafts, label, name, unavailableReason, children} =
    props;
  const id = useId();
  const [open, setOpen] = useState(false);
  // null until the person picks one ('' is General): until then the default applies.
  const [chosenCriterion, setChosenCriterion] = useState<string | null>(null);
  const [kindId, setKindId] = useState('');
  /** Criteria added from here since the card appeared (their entries are drafts until written). */
  const [added, setAdded] = useState<readonly string[]>([]);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLSelectElement>(null);
  const opening = useRef(false);
  useEffect(() => {
    if (!opening.current) return;
    opening.current = false;
    firstChoice.current?.focus();
  }, [open]);

  const {criteria, kinds} = section;
  const covered = (criterionId: string) =>
    coverage?.some(c => c.id === criterionId && c.covered) ?? false;
  const underway = (c: {id: string}) =>
    added.includes(c.id) ||
    (drafts?.some(d => d.criterionIds.includes(c.id)) ?? false);
  const uncovered = criteria.filter(c => !covered(c.id));
  const firstUncovered =
    (uncovered.find(c => !underway(c)) ?? uncovered[0])?.id ?? '';
  // When the program no longer offers the chosen one, the default applies again.
  const criterion =
    chosenCriterion === '' || criteria.some(c => c.id === chosenCriterion)
      ? (chosenCriterion ?? firstUncovered)
      : firstUncovered;
  const kind = kinds.some(k => k.id === kindId) ? kindId : (kinds[0]?.id ?? '');
  if (!kind) return <div class="button-row">{children}</div>;

  const submit = (
    <ActionButton
      variant="primary"
      action={{
        ...addEvidence(section.id, criterion || null, kind),
        onSuccess: () => {
          setOpen(false);
          setChosenCriterion(null);
          if (criterion) setAdded(before => [...before, criterion]);
        },
      }}
      unavailable={Boolean(unavailableReason)}
      label={name}
      describedBy={unavailableReason}
    >
      {label}
    </ActionButton>
  );
  if (criteria.length === 0 && kinds.length < 2) {
    return (
      <div class="add-entry">
        <div class="button-row">
          {submit}
          {children}
        </div>
      </div>
    );
  }

  const formId = `${id}-form`;
  const hintId = `${id}-hint`;
  const general = criteria.length > 0 && criterion === '';
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div class="add-entry">
      <div class="button-row">
        <button
          type="button"
          ref={toggle}
          class="btn btn-secondary btn-disclosure"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          aria-label={`${label}… for ${section.title}`}
          aria-describedby={unavailableReason}
          disabled={Boolean(unavailableReason)}
          onClick={() => {
            opening.current = !open;
            setOpen(!open);
          }}
        >
          {label}…
          <svg
            class="disclosure-icon"
            viewBox="0 0 12 12"
            width="12"
            height="12"
            aria-hidden="true"
          >
            <path
              d="M3 4.5 6 7.5 9 4.5"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
            />
          </svg>
        </button>
        {children}
      </div>
      {open && (
        <div
          id={formId}
          class="add-form"
          onKeyDown={event => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close();
          }}
        >
          {criteria.length > 0 && (
            <div class="field">
              <label for={`${id}-criterion`}>Criterion</label>
              <select
                id={`${id}-criterion`}
                ref={firstChoice}
                value={criterion}
                aria-describedby={general ? hintId : undefined}
                onChange={e => setChosenCriterion(e.currentTarget.value)}
              >
                <option value="">General (no single criterion)</option>
                {criteria.map(c => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {general && (
                <p id={hintId} class="field-hint">
                  {GENERAL_HINT}
                </p>
              )}
            </div>
          )}
          {kinds.length > 1 && (
            <div class="field">
              <label for={`${id}-kind`}>Entry kind</label>
              <select
                id={`${id}-kind`}
                ref={criteria.length > 0 ? undefined : firstChoice}
                value={kind}
                onChange={e => setKindId(e.currentTarget.value)}
              >
                {kinds.map(k => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="button-row">{submit}</div>
        </div>
      )}
    </div>
  );
}

/** Entries that still hold only prompts, each with a button that puts the cursor on it. */
export function DraftList({drafts}: {drafts: DraftEntry[]}) {
  if (drafts.length === 0) return null;
  return (
    <div class="drafts">
      <p class="drafts-title">
        {drafts.length === 1 ? '1 draft' : `${drafts.length} drafts`} still
        holding prompts (not counted yet):
      </p>
      <ul>
        {drafts.map(draft => {
          const target = {
            sectionId: draft.sectionId,
            entryIndex: draft.entryIndex,
          };
          return (
            <li key={`${draft.sectionId}:${draft.entryIndex}`} class="draft">
              <span class="draft-title">{draft.title || 'Untitled entry'}</span>
              <ActionButton
                variant="link"
                action={jumpTo(target)}
                label={`Go to draft: ${draft.title || 'Untitled entry'}`}
              >
                Go to draft
              </ActionButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function GoToSection({
  sectionId,
  title,
  found,
}: {
  sectionId: string;
  title: string;
  found: boolean;
}) {
  return (
    <ActionButton
      variant="link"
      action={jumpTo({sectionId})}
      unavailable={!found}
      label={`Go to section: ${title}`}
    >
      Go to section
    </ActionButton>
  );
}
