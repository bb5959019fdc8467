import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { canCreateFollowupPlans } from '../../../domain/access/followup-access';
import { canOpenArea } from '../../../domain/access/roles';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { listPlans } from './followup.api';

/**
 * On the person page: each current household's open follow-up plan (or «make a plan» for those
 * who may), and for the caseworker the person's own overview (consents and reads, printable).
 */
export function PersonFollowupSection({ personId, householdIds }: { personId: string; householdIds: readonly string[] }) {
  const { t } = useI18n();
  const { role } = useCurrentSession();
  const followup = canOpenArea(role, 'followup');
  if (!followup && role !== 'caseworker') return null;
  return (
    <section aria-labelledby="person-followup" className="section">
      <Heading level={2} data-size="sm" id="person-followup">
        {t.personFollowup.heading}
      </Heading>
      {followup && householdIds.map((id) => <HouseholdPlan key={id} householdId={id} />)}
      {role === 'caseworker' && (
        <Paragraph>
          <AppLink href={paths.personOverview(personId)}>{t.personFollowup.overviewLink}</AppLink>
          <span className="secondary-line">{t.personFollowup.overviewHint}</span>
        </Paragraph>
      )}
    </section>
  );
}

function HouseholdPlan({ householdId }: { householdId: string }) {
  const { t } = useI18n();
  const { role } = useCurrentSession();
  const plans = useResource(`person-followup:${householdId}`, (signal) => listPlans({ householdId, status: 'open' }, signal));
  return (
    <ResourceView resource={plans}>
      {(data) => {
        const plan = data.items[0];
        if (plan) {
          return (
            <Paragraph>
              {t.personFollowup.open(t.followupLabels.teams[plan.responsibleTeam], plan.responsibleWorker.displayName)}{' '}
              <AppLink href={paths.followupPlan(plan.id)}>{t.personFollowup.openLink}</AppLink>
            </Paragraph>
          );
        }
        return (
          <>
            <Paragraph>{t.personFollowup.none}</Paragraph>
            {canCreateFollowupPlans(role) && (
              <div className="page-actions">
                <ButtonLink href={paths.newFollowupPlan(householdId)} variant="secondary">
                  {t.personFollowup.create}
                </ButtonLink>
              </div>
            )}
          </>
        );
      }}
    </ResourceView>
  );
}
