/** What both kinds of card offer for a section: the add-entry form, drafts, and jumping to it. */
import type {ComponentChildren} from 'preact';
import {useId, useState} from 'preact/hooks';
import type {SectionView} from '../contract';
import type {DraftEntry} from '../core/report';
import {addEvidence, jumpTo} from './actions';
import {ActionButton} from './controls';

interface AddEntryFormProps {
  /** The program's view of the section; without it only the other controls (children) show. */
  section: SectionView | undefined;
  /** Visible button text: "Add evidence" or "Add log entry". */
  label: string;
  /** The button's accessible name when it differs from `label`, e.g. "Add evidence for <area>". */
  name?: string;
  /** Set when the section is not in the Doc, with the id of the text that says why. */
  unavailableReason?: string;
  /** Shown beside the Add button (the section's Go to section). */
  children?: ComponentChildren;
}

/**
 * The section's Add button, with a criterion select when the section has criteria ("General"
 * first, meaning none) and a kind select when it has more than one kind of entry.
 */
export function AddEntryForm(props: AddEntryFormProps) {
  const {section, label, name, unavailableReason, children} = props;
  const id = useId();
  const [criterionId, setCriterionId] = useState('');
  const [kindId, setKindId] = useState('');
  const criteria = section?.criteria ?? [];
  const kinds = section?.kinds ?? [];
  // Until one is chosen, or when the program no longer offers it, the default applies.
  const criterion = criteria.some(c => c.id === criterionId) ? criterionId : '';
  const kind = kinds.some(k => k.id === kindId) ? kindId : (kinds[0]?.id ?? '');
  if (!section || !kind) return <div class="button-row">{children}</div>;
  return (
    <div class="add-entry">
      {criteria.length > 0 && (
        <div class="field">
          <label for={`${id}-criterion`}>Criterion</label>
          <select
            id={`${id}-criterion`}
            value={criterion}
            onChange={e => setCriterionId(e.currentTarget.value)}
          >
            <option value="">General (no single criterion)</option>
            {criteria.map(c => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {kinds.length > 1 && (
        <div class="field">
          <label for={`${id}-kind`}>Entry kind</label>
          <select
            id={`${id}-kind`}
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
      <div class="button-row">
        <ActionButton
          variant="primary"
          action={addEvidence(section.id, criterion || null, kind)}
          unavailable={Boolean(unavailableReason)}
          label={name}
          describedBy={unavailableReason}
        >
          {label}
        </ActionButton>
        {children}
      </div>
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
