/** Every check, in the order they run: saveAndClose closes the Doc, so those come last. */
import type {Check} from '../check';
import {BODY_STRUCTURE_CHECKS} from './body-structure';
import {BULK_READ_CHECKS} from './bulk-read';
import {PLACE_CHECKS} from './places';
import {READER_CHECKS} from './reader';
import {LOCK_CHECKS, SAVE_AND_CLOSE_CHECK} from './services';
import {TAB_CHECKS} from './tabs';
import {CURSOR_BEFORE_SAVE_CHECK, WRITER_CHECKS} from './writer';

export const CHECKS: readonly Check[] = [
  ...BODY_STRUCTURE_CHECKS,
  ...BULK_READ_CHECKS,
  ...READER_CHECKS,
  ...TAB_CHECKS,
  ...PLACE_CHECKS,
  ...WRITER_CHECKS,
  ...LOCK_CHECKS,
  SAVE_AND_CLOSE_CHECK,
  CURSOR_BEFORE_SAVE_CHECK,
];
