import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RoundDto } from '../../../contracts/allocation';
import { useT } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { sendRoundOffers } from './allocation.api';
import { householdName, VacancyCard } from './VacancyCard';

/** The choice for a vacancy: a case id, or this for «leave it vacant». */
const VACANT = 'vacant';

/**
 * The meeting's decision: per vacancy the proposal (preselected), another listed candidate, or
 * none; then every offer goes out at once after a confirmation. Field errors land on the vacancy's
 * choice (the API's `choices.<i>`).
 */
export function SendOffersForm({ round, onSent }: { round: RoundDto; onSent: (sent: number) => Promise<void> }) {
  const t = useT();
  const r = t.allocationRound;
  const households = new Map(round.households.map((h) => [h.caseId, h]));
  const ids = Object.fromEntries(round.vacancies.map((v, i) => [`choices.${i}`, `choice-${v.dwellingId}`])) as Record<string, string>;
  const [choices, setChoices] = useState<string[]>(() => round.vacancies.map((v) => v.proposal?.caseId ?? VACANT));
  const [confirming, setConfirming] = useState(false);
  const form = useFormSubmit<string>();
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const offers = choices.filter((c) => c !== VACANT).length;

  /** A household chosen for two dwellings: the later choice is the wrong one. */
  function check(): FieldMessages<string> {
    const invalid: FieldMessages<string> = {};
    const first = new Map<string, number>();
    choices.forEach((caseId, i) => {
      if (caseId === VACANT) return;
      const earlier = first.get(caseId);
      if (earlier === undefined) first.set(caseId, i);
      else invalid[`choices.${i}`] = r.chosenTwice(householdName(households, caseId), round.vacancies[earlier]?.address ?? '');
    });
    return invalid;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = check();
    if (Object.keys(invalid).length > 0) {
      setConfirming(false);
      await form.submit(ids, invalid, async () => undefined);
      return;
    }
    form.clear();
    setConfirming(true);
  }

  async function send() {
    const ok = await form.submit(ids, check(), async () => {
      const result = await sendRoundOffers(round.id, {
        choices: round.vacancies.map((v, i) => ({ dwellingId: v.dwellingId, caseId: choices[i] === VACANT ? null : (choices[i] ?? null) })),
      });
      await onSent(result.sent);
    });
    if (!ok) setConfirming(false);
  }

  function choose(index: number, value: string) {
    setChoices((current) => current.map((c, i) => (i === index ? value : c)));
    setConfirming(false);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Paragraph data-size="sm">{r.chooseHint}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <ul className="plain-list block-gap">
        {round.vacancies.map((vacancy, index) => {
          const key = `choices.${index}`;
          const proposal = vacancy.proposal?.caseId;
          const options = [
            ...(proposal ? [{ value: proposal, label: r.optionProposal(householdName(households, proposal)) }] : []),
            ...vacancy.candidates.filter((c) => c.caseId !== proposal).map((c) => ({ value: c.caseId, label: r.optionCandidate(householdName(households, c.caseId), c.rank) })),
            { value: VACANT, label: r.optionVacant },
          ];
          return (
            <li key={vacancy.dwellingId} className="list-card">
              <VacancyCard vacancy={vacancy} households={households} />
              <SelectField
                id={ids[key] ?? key}
                label={r.choiceLabel(vacancy.address)}
                value={choices[index] ?? VACANT}
                onChange={(value) => choose(index, value)}
                options={options}
                error={form.fieldErrors[key]}
              />
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="send-offers-question" ref={confirmRef} tabIndex={-1}>
          <Paragraph id="send-offers-question">{r.confirmQuestion(offers, round.vacancies.length - offers)}</Paragraph>
          <div className="form__actions">
            <Button type="button" onClick={send} aria-disabled={form.submitting || undefined}>
              {r.confirmSend(offers)}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </Button>
            {form.submitting && (
              <span role="status" className="form__status">
                {t.common.sending}
              </span>
            )}
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <Button type="submit">{r.send}</Button>
        </div>
      )}
    </form>
  );
}
