/**
 * An area's confirmations: how many entries the sponsoring manager confirmed and how many are
 * self-reported, and, for the manager, the newest entries still to confirm (a draft is never
 * listed: it cannot be confirmed), each with its Confirm button.
 */
import type {Role} from '../contract';
import {nameInSentence, type AreaReport} from '../core/report';
import {ActionButton} from './controls';
import {confirmEntry} from './completion-actions';
import {formatDate} from './format';
import {roleLabel, useRecorder} from './role';

/** '1 confirmed by the manager · 2 self-reported', or '' when the area has no evidence. */
export function confirmationFacts(area: AreaReport): string {
  if (area.evidenceCount === 0) return '';
  const parts = [`${area.confirmedCount} confirmed`];
  if (area.selfReportedCount > 0)
    parts.push(`${area.selfReportedCount} self-reported`);
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
  return (
    <>
      {facts && <p class="facts facts-minor confirmations">{facts}</p>}
      {role === 'manager' && area.toConfirm.length > 0 && (
        <div class="drafts to-confirm">
          <p class="drafts-title">
            To confirm as {nameInSentence(roleLabel(roles, 'manager'))}:
          </p>
          <ul>
            {area.toConfirm.map(entry => (
              <li key={entry.entryIndex} class="draft">
                <span class="draft-title">
                  {entry.title}
                  {entry.confirmedOn &&
                    ` (changed since confirmed on ${formatDate(entry.confirmedOn, today)})`}
                </span>
                <ActionButton
                  variant="link"
                  action={confirmEntry(entry)}
                  label={`Confirm entry: ${entry.title}`}
                >
                  Confirm
                </ActionButton>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
