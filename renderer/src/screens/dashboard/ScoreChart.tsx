import type { CourseDashboard } from '../../../../main/contract/playerSchemas';
import { formatDateTime, formatPercent } from '../../ui/displayFormats';

type Attempt = CourseDashboard['attempts'][number];

const barWidth = 28;
const gap = 12;
const chartHeight = 120;
const top = 10;
const left = 44;
const gridLines = [0, 0.5, 1];

/**
 * Quiz scores over time as small bars, in an inline SVG with a title and description, followed by the same
 * data as a table for anyone who cannot see the chart.
 */
export function ScoreChart({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0) return <p>No quiz has been submitted yet.</p>;
  const width = Math.max(240, left + attempts.length * (barWidth + gap) + gap);
  const yOf = (fraction: number) => top + chartHeight - fraction * chartHeight;
  const passed = attempts.filter((attempt) => attempt.passed).length;
  return (
    <>
      <figure className="score-chart">
        <svg
          role="img"
          aria-labelledby="score-chart-title score-chart-desc"
          viewBox={`0 0 ${width} ${chartHeight + 2 * top}`}
          width={width}
          height={chartHeight + 2 * top}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id="score-chart-title">Quiz scores, oldest first</title>
          <desc id="score-chart-desc">
            {`${attempts.length} submitted attempts, ${passed} passed. `}
            {attempts.map((attempt) => `${attempt.label}: ${formatPercent(attempt.score)}`).join('; ')}
          </desc>
          {gridLines.map((fraction) => (
            <g key={fraction} aria-hidden="true">
              <line className="chart-grid" x1={left} y1={yOf(fraction)} x2={width} y2={yOf(fraction)} />
              <text className="chart-label" x={left - 6} y={yOf(fraction) + 4} textAnchor="end">
                {formatPercent(fraction)}
              </text>
            </g>
          ))}
          {attempts.map((attempt, index) => {
            const height = Math.max(2, attempt.score * chartHeight);
            return (
              <rect
                key={attempt.attemptId}
                className={attempt.passed ? 'chart-bar chart-bar-passed' : 'chart-bar'}
                x={left + gap + index * (barWidth + gap)}
                y={yOf(0) - height}
                width={barWidth}
                height={height}
              />
            );
          })}
        </svg>
        <figcaption>Each bar is one submitted attempt; a full bar is 100%. Filled bars passed.</figcaption>
      </figure>
      <table className="data-table">
        <caption>Quiz and post-test attempts</caption>
        <thead>
          <tr>
            <th scope="col">Quiz</th>
            <th scope="col">Submitted</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.attemptId}>
              <th scope="row">{attempt.label}</th>
              <td>{formatDateTime(attempt.submittedAt)}</td>
              <td>{formatPercent(attempt.score)}</td>
              <td>{attempt.passed ? 'Passed' : 'Not passed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
