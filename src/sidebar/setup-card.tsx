/** Offered while the Doc lacks program sections: Set up adds only what is missing. */
import {useId} from 'preact/hooks';
import type {SidebarState} from '../contract';
import {plural} from '../core/text';
import {setUpDocument} from './actions';
import {ActionButton} from './controls';

/** Up to this many missing parts are named in a line; more are counted, with the list behind it. */
const NAMED_INLINE = 2;

export function SetupCard({state}: {state: SidebarState}) {
  const headingId = useId();
  const missing = state.report.missingSections;
  return (
    <section class="card setup" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Set up this document
      </h2>
      <p class="explain">
        Adds the program's sections. It adds only what is missing and changes
        nothing people wrote.
      </p>
      {missing.length > NAMED_INLINE ? (
        <details class="missing-parts">
          <summary>{plural(missing.length, 'part', 'parts')} missing</summary>
          <ul>
            {missing.map(title => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </details>
      ) : (
        missing.length > 0 && (
          <p class="facts facts-minor">Missing: {missing.join(', ')}</p>
        )
      )}
      <div class="button-row">
        <ActionButton variant="primary" action={setUpDocument()}>
          Set up document
        </ActionButton>
      </div>
    </section>
  );
}
