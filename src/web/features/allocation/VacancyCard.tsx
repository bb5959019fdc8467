import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RoundDto } from '../../../contracts/allocation';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { LazyDetails } from '../leases/LazyDetails';
import { reasonText } from './allocation-format';
import { ReasonList } from './Reasons';

type Vacancy = RoundDto['vacancies'][number];
type Household = RoundDto['households'][number];
type Candidate = Vacancy['candidates'][number];

/** A household of the round by name and case number; its id when the name is not known. */
export function householdName(households: ReadonlyMap<string, Household>, caseId: string): string {
  const h = households.get(caseId);
  return h ? `${h.name} (${h.caseNumber})` : caseId;
}

/**
 * One vacancy of a round: the dwelling, the proposal and why, the ranked candidates with why each
 * was not proposed here, and the higher-priority households passed over with why.
 */
export function VacancyCard({ vacancy, households }: { vacancy: Vacancy; households: ReadonlyMap<string, Household> }) {
  const { t, locale, language } = useI18n();
  const r = t.allocationRound;
  const proposal = vacancy.proposal;
  const name = (caseId: string) => householdName(households, caseId);
  return (
    <>
      <Heading level={3} data-size="xs">
        <AppLink href={paths.dwelling(vacancy.dwellingId)}>{vacancy.address}</AppLink>
      </Heading>
      <dl className="facts facts--compact">
        <dt>{r.bedrooms}</dt>
        <dd>{formatNumber(locale, vacancy.bedrooms)}</dd>
        <dt>{r.rent}</dt>
        <dd>{formatKroner(locale, vacancy.monthlyRent)}</dd>
        <dt>{r.vacantSince}</dt>
        <dd>{vacancy.vacantSince ? <time dateTime={vacancy.vacantSince}>{formatDate(locale, vacancy.vacantSince)}</time> : '–'}</dd>
        {vacancy.districtCode && (
          <>
            <dt>{r.district}</dt>
            <dd>{vacancy.districtCode}</dd>
          </>
        )}
      </dl>
      {vacancy.notes.map((note, index) => (
        <Paragraph key={`${note.code}:${index}`} data-size="sm">
          {reasonText(note, language, t)}
        </Paragraph>
      ))}
      {proposal ? (
        <>
          <Paragraph>
            <strong>{r.proposal}</strong> {name(proposal.caseId)} <span className="count">{r.candidateFacts(proposal.queuePosition, proposal.points, proposal.band, proposal.score)}</span>
          </Paragraph>
          <Details>
            <Details.Summary>{r.whyProposal(households.get(proposal.caseId)?.name ?? proposal.caseId)}</Details.Summary>
            <Details.Content>
              <ReasonList reasons={[proposal.outcome, ...proposal.reasons]} />
            </Details.Content>
          </Details>
        </>
      ) : (
        <Paragraph>
          <strong>{r.proposal}</strong> {r.noProposal}
        </Paragraph>
      )}
      {vacancy.candidates.length > 0 && (
        <LazyDetails summary={r.candidatesHeading(vacancy.candidates.length, vacancy.candidateCount)}>
          {() => (
            <ol className="candidate-list">
              {vacancy.candidates.map((c) => (
                <CandidateItem key={c.caseId} candidate={c} name={name(c.caseId)} />
              ))}
            </ol>
          )}
        </LazyDetails>
      )}
      {vacancy.passedOver.length > 0 && (
        <LazyDetails summary={r.passedOverHeading(vacancy.passedOver.length)}>
          {() => (
            <>
              <Paragraph data-size="sm">{r.passedOverHint}</Paragraph>
              <ul className="candidate-list">
                {vacancy.passedOver.map((p) => (
                  <li key={p.caseId}>
                    <strong>{name(p.caseId)}</strong> <span className="count">{r.passedOverFacts(p.queuePosition, p.points, p.band)}</span>
                    <ReasonList reasons={p.reasons} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </LazyDetails>
      )}
    </>
  );
}

function CandidateItem({ candidate, name }: { candidate: Candidate; name: string }) {
  const { t, language } = useI18n();
  const r = t.allocationRound;
  return (
    <li>
      <strong>{name}</strong> <span className="count">{r.candidateFacts(candidate.queuePosition, candidate.points, candidate.band, candidate.score)}</span>
      <p className="candidate-outcome">{reasonText(candidate.outcome, language, t)}</p>
      <Details>
        <Details.Summary>{r.candidateReasons(name)}</Details.Summary>
        <Details.Content>
          <ReasonList reasons={candidate.reasons} />
        </Details.Content>
      </Details>
    </li>
  );
}
