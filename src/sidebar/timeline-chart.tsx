/**
 * "Over time": real evidence per area per month as small bars, a mark where each area became
 * evidenced, and the one-on-one log's rhythm with its long gaps shaded. Inline SVG, no network,
 * drawn for the 300 px sidebar; the chart's words (report.timeline.description) are its text
 * alternative, and the figure takes keyboard focus so a screen reader user can reach it.
 */
import {useId} from 'preact/hooks';
import type {IsoDate, ReadinessReport} from '../contract';
import {monthName} from '../core/dates';

/** The chart's drawing width in SVG units (the sidebar's card content is about 268 px). */
export const CHART_WIDTH = 268;
/** Each row: its label, a band of bars on a base line, and room under it for the evidenced mark. */
const ROW_HEIGHT = 38;
const LABEL_HEIGHT = 13;
const BAR_BAND = 15;
const AXIS_HEIGHT = 14;

interface Row {
  key: string;
  label: string;
  perMonth: number[];
  evidencedOn: IsoDate | null;
}

function Bars({
  row,
  top,
  column,
  largest,
}: {
  row: Row;
  top: number;
  column: number;
  largest: number;
}) {
  const base = top + LABEL_HEIGHT + BAR_BAND;
  return (
    <g class="timeline-row" data-row={row.key}>
      <text x={0} y={top + LABEL_HEIGHT - 2} class="timeline-label">
        {row.label}
      </text>
      <line x1={0} x2={CHART_WIDTH} y1={base} y2={base} class="timeline-base" />
      {row.perMonth.map((count, index) => {
        if (count === 0) return null;
        const height = Math.max(3, (count / largest) * BAR_BAND);
        return (
          <rect
            key={index}
            class="timeline-bar"
            x={index * column + 2}
            y={base - height}
            width={Math.max(2, column - 4)}
            height={height}
          >
            <title>{`${count}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

export function TimelineChart({report}: {report: ReadinessReport}) {
  const {timeline} = report;
  const titleId = useId();
  const descriptionId = useId();
  const {months} = timeline;
  const rows: Row[] = [
    ...timeline.areas.map(area => ({
      key: area.areaId,
      label: area.shortTitle,
      perMonth: area.perMonth,
      evidencedOn: area.evidencedOn,
    })),
    {
      key: 'one-on-one-log',
      label: 'One-on-one log',
      perMonth: timeline.oneOnOnes.perMonth,
      evidencedOn: null,
    },
  ];
  const column = months.length > 0 ? CHART_WIDTH / months.length : 0;
  const largest = Math.max(1, ...rows.flatMap(row => row.perMonth));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const monthIndex = (date: IsoDate) => months.indexOf(date.slice(0, 7));
  const logTop = (rows.length - 1) * ROW_HEIGHT;
  return (
    <section class="card timeline" aria-labelledby={titleId}>
      <h2 id={titleId} class="card-title">
        Over time
      </h2>
      {months.length === 0 ? (
        <p class="facts facts-minor">{timeline.description}</p>
      ) : (
        <figure
          class="timeline-figure"
          tabIndex={0}
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
        >
          <svg
            role="img"
            aria-labelledby={descriptionId}
            viewBox={`0 0 ${CHART_WIDTH} ${height}`}
            width={CHART_WIDTH}
            height={height}
            class="timeline-svg"
          >
            {report.oneOnOnes.gaps.map(gap => {
              const from = Math.max(0, monthIndex(gap.from));
              const to = monthIndex(gap.to);
              const last = to < 0 ? months.length - 1 : to;
              return (
                <rect
                  key={`${gap.from}-${gap.to}`}
                  class="timeline-gap"
                  x={from * column}
                  y={logTop + LABEL_HEIGHT}
                  width={(last - from + 1) * column}
                  height={BAR_BAND}
                >
                  <title>{`${gap.days}-day gap, ${gap.from} to ${gap.to}`}</title>
                </rect>
              );
            })}
            {rows.map((row, index) => (
              <Bars
                key={row.key}
                row={row}
                top={index * ROW_HEIGHT}
                column={column}
                largest={largest}
              />
            ))}
            {rows.map((row, index) => {
              const at = row.evidencedOn ? monthIndex(row.evidencedOn) : -1;
              if (at < 0) return null;
              const x = at * column + column / 2;
              const y = index * ROW_HEIGHT + LABEL_HEIGHT + BAR_BAND + 2;
              return (
                <path
                  key={`evidenced-${row.key}`}
                  class="timeline-evidenced"
                  data-evidenced-row={row.key}
                  d={`M${x} ${y}l4 6h-8z`}
                >
                  <title>{`Evidenced on ${row.evidencedOn}`}</title>
                </path>
              );
            })}
            <text x={0} y={height - 2} class="timeline-axis">
              {monthName(months[0])}
            </text>
            {months.length > 1 && (
              <text
                x={CHART_WIDTH}
                y={height - 2}
                class="timeline-axis"
                text-anchor="end"
              >
                {monthName(months[months.length - 1])}
              </text>
            )}
          </svg>
          <figcaption class="facts facts-minor">
            <span aria-hidden="true">▲</span> evidenced · shaded: a long gap
            between one-on-ones
            <details class="timeline-words">
              <summary>The chart in words</summary>
              <p id={descriptionId}>{timeline.description}</p>
            </details>
          </figcaption>
        </figure>
      )}
    </section>
  );
}
