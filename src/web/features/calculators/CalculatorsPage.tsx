import { Paragraph } from '@digdir/designsystemet-react';
import { canOpenArea } from '../../../domain/access/roles';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { BostotteSection } from './BostotteSection';
import './print.css';
import { StartlanSection } from './StartlanSection';

/**
 * The calculators (caseworker, NAV adviser, follow-up team): startlån affordability and the
 * bostøtte estimate, each a form whose result shows the workings and the parameters used.
 * The server calculates (domain/calculators) with the municipality's own parameter values where
 * its admin has entered them; nothing is stored. Each result prints for the person (print.css).
 */
export function CalculatorsPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession();
  return (
    <Page title={t.calculators.title}>
      <div className="calculators-page">
        <Paragraph className="lead calculators-lead">{t.calculators.intro}</Paragraph>
        {canOpenArea(role, 'rules') && (
          <Paragraph className="calculators-lead">
            <AppLink href={paths.calculatorParameters}>{t.calculators.parametersLink}</AppLink>
          </Paragraph>
        )}
        <StartlanSection />
        <BostotteSection />
      </div>
    </Page>
  );
}
