import { Button, Table } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';
import type { Place, Provider } from '../../../contracts/temporary';
import { QUALITY_ITEMS } from '../../../domain/temporary/quality';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';

/** A provider's kind, organisation number, contract and open stays, as a description list. */
export function ProviderFacts({ provider }: { provider: Provider }) {
  const { t, locale } = useI18n();
  const p = t.tempProviders;
  const date = (value: string | null) => (value ? formatDate(locale, value) : null);
  const hasContract = provider.contractFrom !== null || provider.contractTo !== null;
  return (
    <dl className="facts">
      <dt>{p.kind}</dt>
      <dd>{p.kinds[provider.kind]}</dd>
      <dt>{p.orgNumber}</dt>
      <dd>{provider.orgNumber ?? p.noOrgNumber}</dd>
      <dt>{p.contractPeriod}</dt>
      <dd>
        {hasContract ? p.period(date(provider.contractFrom), date(provider.contractTo)) : p.noContract}
        {provider.contractInForce !== null && <span className="secondary-line">{provider.contractInForce ? p.contractInForce : p.contractNotInForce}</span>}
      </dd>
      <dt>{p.contractTerms}</dt>
      <dd className="pre-line">{provider.contractTerms ?? p.noContractTerms}</dd>
      <dt>{p.nightShelter}</dt>
      <dd>{provider.nightShelter ? t.common.yes : t.common.no}</dd>
      <dt>{p.activeStays}</dt>
      <dd>{formatNumber(locale, provider.activeStays)}</dd>
      <dt>{p.placesHeading}</dt>
      <dd>{p.placesSummary(provider.places.length, provider.places.filter((place) => place.complete).length)}</dd>
    </dl>
  );
}

/**
 * The provider's places with the quality checklist, one column per item; with `onEdit` each row
 * has a button to change the place (`editButtonRef` goes to the button of `focusPlaceId`).
 */
export function PlacesTable({
  provider,
  onEdit,
  focusPlaceId,
  editButtonRef,
}: {
  provider: Provider;
  onEdit?: (place: Place) => void;
  focusPlaceId?: string | null;
  editButtonRef?: Ref<HTMLButtonElement>;
}) {
  const { t } = useI18n();
  const p = t.tempProviders;
  const captionId = useId();
  const yesNo = (value: boolean) => (value ? t.common.yes : <span className="table-note">{t.common.no}</span>);
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {p.placesCaption(provider.name)}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{p.place}</Table.HeaderCell>
            {QUALITY_ITEMS.map((item) => (
              <Table.HeaderCell key={item} scope="col">
                {p.checklist[item]}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{p.suitableForChildren}</Table.HeaderCell>
            {onEdit && (
              <Table.HeaderCell scope="col">
                <span className="ds-sr-only">{p.actions}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {provider.places.map((place) => (
            <Table.Row key={place.id}>
              <Table.HeaderCell scope="row">{place.label}</Table.HeaderCell>
              {QUALITY_ITEMS.map((item) => (
                <Table.Cell key={item}>{yesNo(place[item])}</Table.Cell>
              ))}
              <Table.Cell>{yesNo(place.suitableForChildren)}</Table.Cell>
              {onEdit && (
                <Table.Cell>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={p.editPlaceLabel(place.label)}
                    ref={place.id === focusPlaceId ? editButtonRef : undefined}
                    onClick={() => onEdit(place)}
                  >
                    {p.editPlace}
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
