import { Paragraph } from '@digdir/designsystemet-react';
import type { CaseDetail } from '../../../contracts/cases';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isMissing } from '../persons/person-format';
import { AppealsSection } from './AppealsSection';
import { ApplicationSummary } from './ApplicationSummary';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseRecords } from './CaseRecords';
import { getCase } from './cases.api';
import { DecisionsSection } from './DecisionsSection';
import { DocumentsSection } from './DocumentsSection';
import { EligibilitySection } from './EligibilitySection';
import { NotesSection } from './NotesSection';

/** The case page: header and deadlines, actions, eligibility, decisions, appeals, notes, documents, letters, timeline. */
export function CasePage({ id }: { id: string }) {
  const { t, language } = useI18n();
  // Explanations and messages come in the request's language: read again when it changes.
  const kase = useResource(`case:${id}:${language}`, (signal) => getCase(id, signal));
  // After a change the case is read again without a spinner, so the page keeps its place and focus.
  const { refresh } = kase;

  if (kase.status === 'error' && isMissing(kase.error)) {
    return (
      <Page title={t.casePage.notFound}>
        <Paragraph>{t.casePage.notFoundBody}</Paragraph>
        <Paragraph>
          <AppLink href={paths.worklist}>{t.casePage.toWorklist}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  const title = kase.status === 'ready' ? t.casePage.title(kase.data.case.caseNumber) : t.casePage.loadingTitle;
  return (
    <Page title={title}>
      <ResourceView resource={kase}>{(data) => <CaseBody detail={data} refresh={refresh} />}</ResourceView>
    </Page>
  );
}

function CaseBody({ detail, refresh }: { detail: CaseDetail; refresh: () => Promise<void> }) {
  return (
    <>
      <CaseHeader detail={detail} />
      {detail.case.canHandle && <CaseActions detail={detail} onChanged={refresh} />}
      <EligibilitySection detail={detail} onChanged={refresh} />
      <DecisionsSection detail={detail} />
      <AppealsSection detail={detail} onChanged={refresh} />
      <ApplicationSummary detail={detail} />
      <NotesSection detail={detail} onChanged={refresh} />
      <DocumentsSection detail={detail} onChanged={refresh} />
      <CaseRecords detail={detail} />
    </>
  );
}
