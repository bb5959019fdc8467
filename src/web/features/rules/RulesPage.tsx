import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RuleSetText } from '../../../contracts/cases';
import { ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { getRules } from './rules.api';

/** The municipality's active eligibility rules, rendered by the server from the rule data. */
export function RulesPage() {
  const { t, language } = useI18n();
  // The text comes in the request's language: load again when the user switches.
  const rules = useResource(`rules:${language}`, getRules);
  const none = rules.status === 'error' && rules.error instanceof ApiError && rules.error.code === 'not_found';
  return (
    <Page title={t.rules.title}>
      <Paragraph>{t.rules.intro}</Paragraph>
      <Paragraph>
        <AppLink href={paths.calculatorParameters}>{t.calculators.parametersLink}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink href={paths.followupSettings}>{t.followupSettings.rulesLink}</AppLink>
      </Paragraph>
      {none ? <Paragraph>{t.rules.none}</Paragraph> : <ResourceView resource={rules}>{(data) => <RuleSet rules={data} />}</ResourceView>}
    </Page>
  );
}

function RuleSet({ rules }: { rules: RuleSetText }) {
  const { t, locale } = useI18n();
  return (
    <div lang={rules.language}>
      <Paragraph>
        {t.rules.version(rules.ruleSet.version, formatDate(locale, rules.ruleSet.effectiveFrom))} {t.rules.validity(rules.ruleSet.validityMonths)}
      </Paragraph>
      {rules.sections.map((section, index) => (
        <section key={index} aria-labelledby={`rules-${index}`} className="section">
          <Heading level={2} data-size="sm" id={`rules-${index}`}>
            {section.heading}
          </Heading>
          {section.lines.map((line, lineIndex) => (
            <Paragraph key={lineIndex} variant="long">
              {line}
            </Paragraph>
          ))}
        </section>
      ))}
    </div>
  );
}
