import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import type { Catalogue } from '../../app/i18n/nb';
import { replayRound, type Replay, type RoundDto } from './allocation.api';

/** «Optimal» or «Not proven optimal: gap at most 1.2 %». */
export function gapText(optimal: boolean, gap: number, t: Catalogue, locale: readonly string[]): string {
  if (optimal) return t.allocationRound.optimal;
  return t.allocationRound.gap(new Intl.NumberFormat([...locale], { style: 'percent', maximumFractionDigits: 1 }).format(gap));
}

/** A rule version as stored ({ id, version }) in words; anything else as written. */
function ruleVersionText(value: unknown, t: Catalogue): string {
  if (value && typeof value === 'object' && 'id' in value && 'version' in value) return t.allocationRound.ruleVersion(String(value.id), Number(value.version));
  return JSON.stringify(value);
}

/** What the round was run on and how: date, result, seed, input hash, rule versions; and the replay check. */
export function RoundSummary({ round }: { round: RoundDto }) {
  const { t, locale } = useI18n();
  const r = t.allocationRound;
  const proposals = round.vacancies.filter((v) => v.proposal !== null).length;
  return (
    <>
      <dl className="facts block-gap">
        <dt>{r.runOn}</dt>
        <dd>
          <time dateTime={round.runOn}>{formatDate(locale, round.runOn)}</time>
        </dd>
        <dt>{r.vacancies}</dt>
        <dd>{r.vacanciesAndProposals(round.vacancies.length, proposals, round.households.length)}</dd>
        <dt>{r.result}</dt>
        <dd>
          {gapText(round.optimal, round.gap, t, locale)}
          <span className="secondary-line">{r.solver(round.solver.method, round.solver.nodes)}</span>
        </dd>
        <dt>{r.seed}</dt>
        <dd>
          <code>{round.seed}</code>
        </dd>
        <dt>{r.inputHash}</dt>
        <dd>
          <code className="hash">{round.inputHash}</code>
        </dd>
        <dt>{r.ruleVersions}</dt>
        <dd>
          <ul className="compact-list">
            {Object.entries(round.ruleVersions).map(([kind, value]) => (
              <li key={kind}>
                {(r.ruleKinds as Record<string, string>)[kind] ?? kind}: {ruleVersionText(value, t)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <ReplayCheck roundId={round.id} />
    </>
  );
}

/** Runs the stored input again and says whether the same result came out (for appeals and audits). */
function ReplayCheck({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const r = t.allocationRound;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Replay | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function check() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await replayRound(roundId));
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  const yesNo = (ok: boolean) => (
    <Tag data-size="sm" data-color={ok ? 'success' : 'danger'}>
      {ok ? t.common.yes : t.common.no}
    </Tag>
  );
  return (
    <div className="block-gap">
      <Paragraph data-size="sm">{r.replayHint}</Paragraph>
      <div className="form__actions">
        <Button type="button" variant="secondary" onClick={check} aria-disabled={busy || undefined}>
          {r.replay}
        </Button>
      </div>
      <div role="status" className="block-gap" data-testid="replay-result">
        {busy && r.replaying}
        {result && !busy && (
          <dl className="facts facts--compact">
            <dt>{r.identical}</dt>
            <dd>{yesNo(result.identical)}</dd>
            <dt>{r.inputIntact}</dt>
            <dd>{yesNo(result.inputIntact)}</dd>
          </dl>
        )}
        {result && !busy && <Paragraph data-size="sm">{result.identical && result.inputIntact ? r.replaySame : r.replayDifferent}</Paragraph>}
      </div>
      {error && (
        <Paragraph role="alert" className="confirm__error">
          {error}
        </Paragraph>
      )}
    </div>
  );
}
