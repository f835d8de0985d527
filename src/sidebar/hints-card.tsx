/**
 * "Hints on the evidence": the core's gentle notes (hints.ts), each with a Go to that puts the
 * cursor on its place in the Doc. Never blocking: the verdict does not depend on them.
 */
import {useId} from 'preact/hooks';
import type {ReadinessReport} from '../contract';
import {jumpTo} from './actions';
import {ActionButton} from './controls';

export function HintsCard({report}: {report: ReadinessReport}) {
  const titleId = useId();
  if (report.hints.length === 0) return null;
  return (
    <section class="card hints" aria-labelledby={titleId}>
      <h2 id={titleId} class="card-title">
        Hints on the evidence
      </h2>
      <p class="explain">
        Suggestions only: they do not change the verdict. Focus on the
        narrative, not the format.
      </p>
      <ul class="hint-list">
        {report.hints.map((hint, index) => (
          <li key={index} class="hint" data-hint={hint.kind}>
            <span class="hint-text">{hint.text}</span>
            <ActionButton
              variant="link"
              action={jumpTo(hint.target)}
              label={`Go to: ${hint.text}`}
            >
              Go to
            </ActionButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
