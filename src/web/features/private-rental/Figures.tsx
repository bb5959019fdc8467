import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { getFigures } from './private-rental.api';

/** The year's figures: households helped, signed leases, refugees into private leases. */
export function Figures() {
  const { t } = useI18n();
  const l = t.landlords;
  const figures = useResource('private-rental-figures', getFigures);
  return (
    <ResourceView resource={figures}>
      {(f) => (
        <section aria-labelledby="private-rental-figures" className="section">
          <Heading level={2} data-size="sm" id="private-rental-figures">
            {l.figuresHeading(f.year)}
          </Heading>
          <dl className="key-figures">
            <div className="key-figures__item">
              <dt>{l.helped}</dt>
              <dd data-testid="figure-helped">{f.helped}</dd>
            </div>
            <div className="key-figures__item">
              <dt>{l.signed}</dt>
              <dd data-testid="figure-signed">{f.signed}</dd>
            </div>
            <div className="key-figures__item">
              <dt>{l.refugeesInPrivateLeases}</dt>
              <dd data-testid="figure-refugees">{f.refugeesInPrivateLeases}</dd>
            </div>
          </dl>
        </section>
      )}
    </ResourceView>
  );
}
