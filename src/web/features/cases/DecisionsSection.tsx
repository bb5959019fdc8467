import { Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';
import { decisionPdfUrl } from './cases.api';

/** The case's decisions (enkeltvedtak): drafts to continue, sent ones with their dates and letter. */
export function DecisionsSection({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const d = t.decisions;
  const captionId = useId();
  if (detail.decisions.length === 0) return null;
  const date = (value: string | null) => (value ? formatDate(locale, value) : '–');
  return (
    <section aria-labelledby="case-decisions" className="section">
      <Heading level={2} data-size="sm" id="case-decisions">
        {d.heading}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table data-table--wide">
          <caption id={captionId} className="ds-sr-only">
            {d.heading}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{d.outcome}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.status}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.decidedOn}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.appealDeadline}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.validUntil}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.letter}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {detail.decisions.map((decision) => {
              const outcome = t.labels.decisionOutcomes[decision.outcome];
              return (
                <Table.Row key={decision.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.decision(detail.case.id, decision.id)}>{outcome}</AppLink>
                    <span className="secondary-line">
                      {decision.author.displayName}
                      {decision.attestedBy && ` · ${d.attestedBy(decision.attestedBy.displayName)}`}
                    </span>
                  </Table.HeaderCell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={decision.status === 'sent' ? 'success' : 'info'}>
                      {t.labels.decisionStatuses[decision.status]}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {date(decision.decidedOn)}
                    {decision.noticeSentOn && <span className="secondary-line">{d.sentOn(date(decision.noticeSentOn))}</span>}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{date(decision.appealDeadline)}</Table.Cell>
                  <Table.Cell className="nowrap">{date(decision.validUntil)}</Table.Cell>
                  <Table.Cell>
                    {decision.status === 'sent' ? (
                      <a className="ds-link" href={decisionPdfUrl(detail.case.id, decision.id)}>
                        {d.pdf(outcome, t.labels.writtenLanguages[decision.language])}
                      </a>
                    ) : (
                      '–'
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
