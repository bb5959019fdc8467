import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { describeError } from '../../app/errors';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { listRounds, runRound, type RoundList } from './allocation.api';
import { AllocationNav } from './AllocationNav';
import { gapText } from './RoundSummary';

/** Allocation rounds (tildelingsrunder): run a new one over today's vacancies, or open an earlier one. */
export function RoundsPage() {
  const { t } = useI18n();
  const r = t.allocationRounds;
  const rounds = useResource('allocation-rounds', listRounds);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (running) return;
    setRunning(true);
    setError(null);
    try {
      const round = await runRound();
      navigate(paths.round(round.id));
    } catch (e) {
      setError(describeError(e, t));
      setRunning(false);
    }
  }

  return (
    <Page title={r.title}>
      <AllocationNav current="rounds" />
      <Paragraph>{r.intro}</Paragraph>
      <div className="form__actions block-gap">
        <Button type="button" onClick={run} aria-disabled={running || undefined}>
          {r.run}
        </Button>
        {running && (
          <span role="status" className="form__status">
            {r.running}
          </span>
        )}
      </div>
      {error && (
        <Paragraph role="alert" className="confirm__error">
          {error}
        </Paragraph>
      )}
      <section aria-labelledby="rounds-earlier" className="section">
        <Heading level={2} data-size="sm" id="rounds-earlier">
          {r.earlier}
        </Heading>
        <ResourceView resource={rounds}>{(data) => (data.items.length === 0 ? <Paragraph>{r.none}</Paragraph> : <RoundTable items={data.items} />)}</ResourceView>
      </section>
    </Page>
  );
}

function RoundTable({ items }: { items: RoundList['items'] }) {
  const { t, locale } = useI18n();
  const r = t.allocationRounds;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {r.earlier}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.runOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.vacancies}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.proposals}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.result}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.offersSent}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((round) => (
            <Table.Row key={round.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.round(round.id)}>{r.roundOf(formatDate(locale, round.runOn))}</AppLink>
              </Table.HeaderCell>
              <Table.Cell className="numeric">{formatNumber(locale, round.vacancies)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, round.proposals)}</Table.Cell>
              <Table.Cell>{gapText(round.optimal, round.gap, t, locale)}</Table.Cell>
              <Table.Cell>{round.offersSentAt ? formatDateTime(locale, round.offersSentAt) : r.notSent}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
