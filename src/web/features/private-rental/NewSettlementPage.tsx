import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { HouseholdPicker, type ChosenHousehold } from '../temporary/HouseholdPicker';
import { listHouseholdHelps } from './private-rental.api';
import { SettlementForm } from './SettlementForm';

/** /utleiere/bosetting/ny: choose the household through a person in it, then register its settlement. */
export function NewSettlementPage() {
  const { t } = useI18n();
  const s = t.settlement;
  const [chosen, setChosen] = useState<ChosenHousehold | null>(null);
  return (
    <Page title={s.newTitle}>
      <Paragraph>
        <AppLink href={paths.settlements}>{s.back}</AppLink>
      </Paragraph>
      {chosen === null ? (
        <>
          <Paragraph>{s.newIntro}</Paragraph>
          <HouseholdPicker onChoose={setChosen} />
        </>
      ) : (
        <ChosenForm chosen={chosen} onChooseOther={() => setChosen(null)} />
      )}
    </Page>
  );
}

function ChosenForm({ chosen, onChooseOther }: { chosen: ChosenHousehold; onChooseOther: () => void }) {
  const { t } = useI18n();
  const helps = useResource(`household-helps:${chosen.householdId}`, (signal) => listHouseholdHelps(chosen.householdId, signal));
  return (
    <ResourceView resource={helps}>
      {(list) => (
        <SettlementForm
          householdId={chosen.householdId}
          householdLine={
            <Paragraph>
              <strong>{t.leaseHelp.chosen(chosen.name)}</strong>{' '}
              <Button type="button" variant="tertiary" data-size="sm" onClick={onChooseOther}>
                {t.leaseHelp.chooseOther}
              </Button>
            </Paragraph>
          }
          helps={list}
          onSaved={(detail) => navigate(paths.settlement(detail.settlement.id))}
        />
      )}
    </ResourceView>
  );
}
