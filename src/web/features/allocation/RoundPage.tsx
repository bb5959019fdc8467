import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { getRound, type RoundDto } from './allocation.api';
import { AllocationNav } from './AllocationNav';
import { RoundSummary } from './RoundSummary';
import { SendOffersForm } from './SendOffersForm';
import { VacancyCard } from './VacancyCard';

/**
 * One allocation round: how it ran (and the replay check), and per vacancy the proposal with its
 * reasons, the ranked candidates with why they were not proposed, and who was passed over. Until
 * offers are sent, the meeting chooses per vacancy and sends them all at once.
 */
export function RoundPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const r = t.allocationRound;
  const round = useResource(`allocation-round:${id}`, (signal) => getRound(id, signal));
  const [sent, setSent] = useState<number | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent !== null) sentRef.current?.focus();
  }, [sent]);

  async function offersSent(count: number) {
    await round.refresh();
    setSent(count);
  }

  const title = round.status === 'ready' ? r.title(formatDate(locale, round.data.runOn)) : r.titleLoading;
  return (
    <Page title={title}>
      <AllocationNav current={null} />
      <Paragraph>
        <AppLink href={paths.rounds}>{r.back}</AppLink>
      </Paragraph>
      <ResourceView resource={round}>
        {(data) => (
          <>
            <RoundSummary round={data} />
            {sent !== null && (
              <Alert data-color="success" ref={sentRef} tabIndex={-1} className="block-gap">
                <Paragraph>{r.sent(sent)}</Paragraph>
                <Paragraph>
                  <AppLink href={paths.offers}>{r.toOffers}</AppLink>
                </Paragraph>
              </Alert>
            )}
            {data.offersSentAt && sent === null && (
              <Alert data-color="info" className="block-gap">
                <Paragraph>{r.sentAt(formatDateTime(locale, data.offersSentAt))}</Paragraph>
                <Paragraph>
                  <AppLink href={paths.offers}>{r.toOffers}</AppLink>
                </Paragraph>
              </Alert>
            )}
            <section aria-labelledby="round-vacancies" className="section">
              <Heading level={2} data-size="sm" id="round-vacancies">
                {r.vacanciesHeading} <span className="count">({data.vacancies.length})</span>
              </Heading>
              {data.vacancies.length === 0 ? (
                <Paragraph>{r.noVacancies}</Paragraph>
              ) : data.offersSentAt ? (
                <SentVacancies round={data} />
              ) : (
                <SendOffersForm round={data} onSent={offersSent} />
              )}
            </section>
          </>
        )}
      </ResourceView>
    </Page>
  );
}

/** After the offers went out: every vacancy with the meeting's choice. */
function SentVacancies({ round }: { round: RoundDto }) {
  const { t } = useI18n();
  const r = t.allocationRound;
  const names = new Map(round.households.map((h) => [h.caseId, h]));
  return (
    <ul className="plain-list">
      {round.vacancies.map((vacancy) => {
        const chosen = vacancy.chosenCaseId ? names.get(vacancy.chosenCaseId) : undefined;
        return (
          <li key={vacancy.dwellingId} className="list-card">
            <VacancyCard vacancy={vacancy} households={names} />
            <Paragraph className="choice-made" data-testid="vacancy-choice">
              <strong>{r.choiceMade}</strong> {vacancy.chosenCaseId ? r.offeredTo(chosen ? `${chosen.name} (${chosen.caseNumber})` : vacancy.chosenCaseId) : r.leftVacant}
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
