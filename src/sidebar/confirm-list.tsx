/**
 * An area's confirmations: how many entries the sponsoring manager confirmed and how many are
 * self-reported, which of them changed since they were confirmed (both people see why a confirmed
 * count dropped), and, for the manager, the newest entries still to confirm (a draft is never
 * listed: it cannot be confirmed), each with its Confirm button.
 */
import type {Role} from '../contract';
import {nameInSentence, type AreaReport} from '../core/report';
import {areaTitleId, confirmButtonId} from './focus-targets';
import {ActionButton} from './controls';
import {confirmEntry} from './completion-actions';
import {formatDate} from './format';
import {RoleNeeded, roleLabel, useRecorder} from './role';

/**
 * '1 confirmed · 2 self-reported (1 changed since confirmed)', or '' when the area has no
 * evidence. An entry edited after its confirmation is self-reported again, so it is named there.
 */
export function confirmationFacts(area: AreaReport): string {
  if (area.evidenceCount === 0) return '';
  const parts = [`${area.confirmedCount} confirmed`];
  if (area.selfReportedCount > 0) {
    const changed =
      area.changedSinceConfirmed > 0
        ? ` (${area.changedSinceConfirmed} changed since confirmed)`
        : '';
    parts.push(`${area.selfReportedCount} self-reported${changed}`);
  }
  return parts.join(' · ');
}

export function ConfirmList({
  area,
  role,
  today,
}: {
  area: AreaReport;
  role: Role | null;
  today: string;
}) {
  const facts = confirmationFacts(area);
  const {roles} = useRecorder();
  const manager = nameInSentence(roleLabel(roles, 'manager'));
  return (
    <>
      {facts && <p class="facts facts-minor confirmations">{facts}</p>}
      {role === 'manager' ? (
        <ToConfirm area={area} today={today} />
      ) : (
        <ChangedSinceConfirmed area={area} today={today} />
      )}
      {area.toConfirm.length > 0 && (
        <RoleNeeded>
          Entries to confirm here: Confirm shows for {manager}.
        </RoleNeeded>
      )}
    </>
  );
}

/**
 * Where focus goes after confirming the entry at `position`: the Confirm after it in the list
 * (it moves up into its place), else the one before, else the area's title.
 */
function focusAfterConfirming(area: AreaReport, position: number): string[] {
  const {toConfirm} = area;
  return [
    ...toConfirm.slice(position + 1),
    ...toConfirm.slice(0, position).reverse(),
  ]
    .map(confirmButtonId)
    .concat(areaTitleId(area.areaId));
}

/** The manager's list: each entry still to confirm, with Confirm. */
function ToConfirm({area, today}: {area: AreaReport; today: string}) {
  const {roles} = useRecorder();
  if (area.toConfirm.length === 0) return null;
  return (
    <div class="drafts to-confirm">
      <p class="drafts-title">
        To confirm as {nameInSentence(roleLabel(roles, 'manager'))}:
      </p>
      <ul>
        {area.toConfirm.map((entry, position) => (
          <li key={entry.entryIndex} class="draft">
            <span class="draft-title">
              {entry.title}
              {entry.confirmedOn &&
                ` (changed since confirmed on ${formatDate(entry.confirmedOn, today)})`}
            </span>
            <ActionButton
              variant="link"
              id={confirmButtonId(entry)}
              action={confirmEntry(entry, focusAfterConfirming(area, position))}
              label={`Confirm entry: ${entry.title}`}
            >
              Confirm
            </ActionButton>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * For everyone else: the entries edited after the manager confirmed them, so a confirmed count
 * that dropped has its reason in sight, and who brings it back.
 */
function ChangedSinceConfirmed({
  area,
  today,
}: {
  area: AreaReport;
  today: string;
}) {
  const {roles} = useRecorder();
  const count = area.changedSinceConfirmed;
  if (count === 0) return null;
  const manager = nameInSentence(roleLabel(roles, 'manager'));
  const listed = area.toConfirm.flatMap(entry =>
    entry.confirmedOn
      ? [{...entry, on: formatDate(entry.confirmedOn, today)}]
      : [],
  );
  const unlisted = count - listed.length;
  return (
    <div class="drafts changed-since-confirmed">
      <p class="drafts-title">
        {count === 1
          ? `Edited since ${manager} confirmed it, so self-reported until confirmed again:`
          : `${count} entries edited since ${manager} confirmed them, so self-reported until confirmed again:`}
      </p>
      <ul>
        {listed.map(entry => (
          <li key={entry.entryIndex} class="draft">
            <span class="draft-title">{`${entry.title} (confirmed on ${entry.on})`}</span>
          </li>
        ))}
      </ul>
      {unlisted > 0 && (
        <p class="facts facts-minor">and {unlisted} more earlier in the area</p>
      )}
    </div>
  );
}
