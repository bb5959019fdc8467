import './housing-first.css';

export type ScoreBar = { key: string; label: string; value: number; max: number; text: string };

/**
 * Values as a list of labelled bars. The bar is decoration (aria-hidden); the value is in the
 * text beside the label, so a screen reader and a print-out get what the eye gets. The width is
 * set through the DOM (React's style), which the app's CSP allows.
 */
export function ScoreBars({ bars, labelledBy }: { bars: readonly ScoreBar[]; labelledBy: string }) {
  return (
    <ul className="score-bars" aria-labelledby={labelledBy}>
      {bars.map((bar) => {
        const percent = bar.max > 0 ? Math.max(0, Math.min(100, (bar.value / bar.max) * 100)) : 0;
        return (
          <li key={bar.key}>
            <span className="score-bars__label">
              <span>{bar.label}</span>
              <strong>{bar.text}</strong>
            </span>
            <span className="score-bars__track" aria-hidden="true">
              <span className="score-bars__fill" style={{ width: `${percent.toFixed(1)}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
