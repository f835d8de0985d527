/**
 * Ids of the places an action sends the keyboard to once the control that started it is gone
 * (server-calls.ts FocusPlan): one module, so the sender and the element agree on them.
 */
import type {EntryToConfirm} from '../core/report';

/** An area card's title: its accessible name, and where focus goes after its last Confirm. */
export function areaTitleId(areaId: string): string {
  return `area-title-${areaId}`;
}

/** An entry's Confirm button. */
export function confirmButtonId(entry: EntryToConfirm): string {
  return `confirm-${entry.sectionId}-${entry.entryIndex}`;
}
