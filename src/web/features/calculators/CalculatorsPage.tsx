import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../app/i18n/I18nProvider';
import { Page } from '../../components/Page';
import { BostotteSection } from './BostotteSection';
import { StartlanSection } from './StartlanSection';

/**
 * The calculators (caseworker, NAV adviser, follow-up team): startlån affordability and the
 * bostøtte estimate, each a form whose result shows the workings and the parameters used.
 * The server calculates (domain/calculators); nothing is stored.
 */
export function CalculatorsPage() {
  const t = useT();
  return (
    <Page title={t.calculators.title}>
      <Paragraph className="lead">{t.calculators.intro}</Paragraph>
      <StartlanSection />
      <BostotteSection />
    </Page>
  );
}
