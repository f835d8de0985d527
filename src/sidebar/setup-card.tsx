/** Offered while the Doc lacks program sections: Set up adds only what is missing. */
import {useId} from 'preact/hooks';
import type {SidebarState} from '../contract';
import {setUpDocument} from './actions';
import {ActionButton} from './controls';

export function SetupCard({state}: {state: SidebarState}) {
  const headingId = useId();
  const missing = state.report.missingSections;
  return (
    <section class="card setup" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Set up this document
      </h2>
      <p class="explain">
        Adds the program's title and participants block, a section for each
        area, the weekly one-on-one log and the review section. It adds only
        what is missing and changes nothing people wrote.
      </p>
      {missing.length > 0 && (
        <p class="facts facts-minor">Missing now: {missing.join(', ')}</p>
      )}
      <ActionButton variant="primary" action={setUpDocument()}>
        Set up document
      </ActionButton>
    </section>
  );
}
