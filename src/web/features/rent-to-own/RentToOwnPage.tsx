import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { listPlans, type PlanList } from './rent-to-own.api';

export const STATUS_COLOURS = { active: 'info', moved_to_owned: 'success', ended: 'neutral' } as const;

/** Households on the path from a municipal rental to an owned home (leie til eie), with their start-loan case. */
export function RentToOwnPage() {
  const { t } = useI18n();
  const r = t.rentToOwn;
  const { query } = useLocation();
  const all = query.get('alle') === '1';
  const plans = useResource(`rto-plans:${all}`, (signal) => listPlans(all ? 'all' : 'active', signal));
  return (
    <Page title={r.title}>
      <Paragraph className="lead">{r.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newRentToOwnPlan}>{r.newPlanLink}</ButtonLink>
      </div>
      <Paragraph>
        <AppLink href={all ? paths.rentToOwn : `${paths.rentToOwn}?alle=1`}>{all ? r.showActive : r.showAll}</AppLink>
      </Paragraph>
      <ResourceView resource={plans}>{(data) => <Plans list={data} all={all} />}</ResourceView>
    </Page>
  );
}

function Plans({ list, all }: { list: PlanList; all: boolean }) {
  const { t, locale } = useI18n();
  const r = t.rentToOwn;
  const captionId = useId();
  return (
    <>
      <dl className="key-figures block-gap">
        <div className="key-figures__item">
          <dt>{r.onPath}</dt>
          <dd>{formatNumber(locale, list.items.filter((p) => p.status === 'active').length)}</dd>
        </div>
        <div className="key-figures__item">
          <dt>{r.movedThisYear}</dt>
          <dd data-testid="rto-moved">{formatNumber(locale, list.movedToOwnedThisYear)}</dd>
        </div>
      </dl>
      <section aria-labelledby="rto-plans" className="section">
        <Heading level={2} data-size="sm" id="rto-plans">
          {r.plansHeading}
        </Heading>
        {list.items.length === 0 ? (
          <Paragraph>{r.noPlans}</Paragraph>
        ) : (
          <TableScroll captionId={captionId}>
            <Table zebra className="data-table data-table--wide" data-size="sm" data-testid="rto-plans">
              <caption id={captionId}>{all ? r.allCaption : r.activeCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{r.household}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.dwelling}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.status}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.startedOn}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.targetOn}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.startLoanCase}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink href={paths.rentToOwnPlan(p.id)}>{p.name}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{p.address ?? r.addressProtected}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={STATUS_COLOURS[p.status]}>{r.statuses[p.status]}</Tag>
                    </Table.Cell>
                    <Table.Cell className="nowrap">{formatDate(locale, p.startedOn)}</Table.Cell>
                    <Table.Cell className="nowrap">{p.targetOn ? formatDate(locale, p.targetOn) : '–'}</Table.Cell>
                    <Table.Cell>{p.startLoanCase ? p.startLoanCase.caseNumber : r.noCase}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
