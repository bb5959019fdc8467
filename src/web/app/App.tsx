import { useEffect } from 'react';
import type { Session } from '../../contracts/session';
import { canOpenArea } from '../../domain/access/roles';
import { AppShell } from '../components/AppShell';
import { Loading } from '../components/Loading';
import { AccessLogPage } from '../features/access-log/AccessLogPage';
import { FairnessPage } from '../features/allocation/FairnessPage';
import { OffersPage } from '../features/allocation/OffersPage';
import { RoundPage } from '../features/allocation/RoundPage';
import { RoundsPage } from '../features/allocation/RoundsPage';
import { WaitingListPage } from '../features/allocation/WaitingListPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CalculatorParametersPage } from '../features/calculators/CalculatorParametersPage';
import { CalculatorsPage } from '../features/calculators/CalculatorsPage';
import { BuildingPage } from '../features/neighbourhood/BuildingPage';
import { CaretakerTasksPage } from '../features/neighbourhood/CaretakerTasksPage';
import { NeighbourCasePage } from '../features/neighbourhood/NeighbourCasePage';
import { NeighbourhoodPage } from '../features/neighbourhood/NeighbourhoodPage';
import { NewCasePage as NewNeighbourCasePage } from '../features/neighbourhood/NewCasePage';
import { LandlordPage } from '../features/private-rental/LandlordPage';
import { LandlordsPage } from '../features/private-rental/LandlordsPage';
import { LeaseHelpPage } from '../features/private-rental/LeaseHelpPage';
import { LeaseHelpsPage } from '../features/private-rental/LeaseHelpsPage';
import { NewLandlordPage } from '../features/private-rental/NewLandlordPage';
import { NewLeaseHelpPage } from '../features/private-rental/NewLeaseHelpPage';
import { NewSettlementPage } from '../features/private-rental/NewSettlementPage';
import { SettlementPage } from '../features/private-rental/SettlementPage';
import { SettlementsPage } from '../features/private-rental/SettlementsPage';
import { ApplicationPage } from '../features/cases/ApplicationPage';
import { CasePage } from '../features/cases/CasePage';
import { DecisionEditorPage } from '../features/cases/DecisionEditorPage';
import { DwellingPage } from '../features/dwellings/DwellingPage';
import { DwellingsPage } from '../features/dwellings/DwellingsPage';
import { VacancyBoardPage } from '../features/dwellings/VacancyBoardPage';
import { ForbiddenPage } from '../features/errors/ForbiddenPage';
import { EnrolPage } from '../features/housing-first/EnrolPage';
import { FidelityAssessmentPage } from '../features/housing-first/FidelityAssessmentPage';
import { HousingFirstPage } from '../features/housing-first/HousingFirstPage';
import { ParticipantPage } from '../features/housing-first/ParticipantPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { LeasePage } from '../features/leases/LeasePage';
import { LeasesPage } from '../features/leases/LeasesPage';
import { NewLeasePage } from '../features/leases/NewLeasePage';
import { MunicipalityPage } from '../features/municipality/MunicipalityPage';
import { NewPersonPage } from '../features/persons/NewPersonPage';
import { PersonPage } from '../features/persons/PersonPage';
import { PersonSearchPage } from '../features/persons/PersonSearchPage';
import { NewPlanPage } from '../features/rent-to-own/NewPlanPage';
import { PlanPage } from '../features/rent-to-own/PlanPage';
import { RentToOwnPage } from '../features/rent-to-own/RentToOwnPage';
import { SettingsPage as FollowupSettingsPage } from '../features/followup/SettingsPage';
import { FollowupPage } from '../features/followup/FollowupPage';
import { NewPlanPage as NewFollowupPlanPage } from '../features/followup/NewPlanPage';
import { PersonOverviewPage } from '../features/followup/PersonOverviewPage';
import { PlanPage as FollowupPlanPage } from '../features/followup/PlanPage';
import { DashboardPage } from '../features/plan/DashboardPage';
import { ActionPlanPage } from '../features/plan/ActionPlanPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ReportPage } from '../features/reports/ReportPage';
import { KostraPage } from '../features/kostra/KostraPage';
import { MapPage } from '../features/map/MapPage';
import { BuildingProjectsPage } from '../features/building-projects/BuildingProjectsPage';
import { NewBuildingProjectPage } from '../features/building-projects/NewBuildingProjectPage';
import { BuildingProjectPage } from '../features/building-projects/BuildingProjectPage';
import { HomelessnessCountPage } from '../features/homelessness/HomelessnessCountPage';
import { RulesPage } from '../features/rules/RulesPage';
import { LoginPage } from '../features/session/LoginPage';
import { StartPage } from '../features/start/StartPage';
import { NewProviderPage } from '../features/temporary/NewProviderPage';
import { NewStayPage } from '../features/temporary/NewStayPage';
import { ProviderPage } from '../features/temporary/ProviderPage';
import { ProvidersPage } from '../features/temporary/ProvidersPage';
import { StayPage } from '../features/temporary/StayPage';
import { TemporaryStaysPage } from '../features/temporary/TemporaryStaysPage';
import { UserDetailPage } from '../features/users/UserDetailPage';
import { UsersPage } from '../features/users/UsersPage';
import { WorklistPage } from '../features/worklist/WorklistPage';
import { I18nProvider } from './i18n/I18nProvider';
import { navigate, useLocation } from './router';
import { matchRoute, paths, routeArea, type Route } from './routes';
import { SessionProvider, useSession } from './SessionProvider';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Root />
      </SessionProvider>
    </I18nProvider>
  );
}

/** Not logged in: every path goes to /login. Logged in: /login goes to the start page. */
function Root() {
  const { state } = useSession();
  const { pathname, search } = useLocation();

  if (state.status === 'loading') {
    return (
      <AppShell session={null}>
        <Loading />
      </AppShell>
    );
  }
  if (state.status === 'anonymous') {
    if (pathname !== paths.login) return <Redirect to={paths.login} />;
    return (
      <AppShell session={null}>
        <LoginPage />
      </AppShell>
    );
  }
  if (pathname === paths.login) return <Redirect to={paths.start} />;

  const route = matchRoute(pathname);
  return (
    <AppShell session={state.session} route={route} pathname={pathname}>
      {/* A new key per URL gives every page (and every page of a list) a fresh start. */}
      <RoutePage key={pathname + search} route={route} session={state.session} />
    </AppShell>
  );
}

function RoutePage({ route, session }: { route: Route; session: Session }) {
  const area = routeArea(route);
  if (area && !canOpenArea(session.role, area)) return <ForbiddenPage role={session.role} />;
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'worklist':
      return <WorklistPage />;
    case 'persons':
      return <PersonSearchPage />;
    case 'newPerson':
      return <NewPersonPage />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'application':
      return <ApplicationPage personId={route.personId} />;
    case 'case':
      return <CasePage id={route.id} />;
    case 'decision':
      return <DecisionEditorPage caseId={route.caseId} decisionId={route.decisionId} />;
    case 'rules':
      return <RulesPage />;
    case 'followupSettings':
      return <FollowupSettingsPage />;
    case 'dwellings':
      return <DwellingsPage />;
    case 'vacancies':
      return <VacancyBoardPage />;
    case 'dwelling':
      return <DwellingPage id={route.id} />;
    case 'leases':
      return <LeasesPage />;
    case 'lease':
      return <LeasePage id={route.id} />;
    case 'newLease':
      return <NewLeasePage dwellingId={route.dwellingId} />;
    case 'temporary':
      return <TemporaryStaysPage />;
    case 'temporaryProviders':
      return <ProvidersPage />;
    case 'newTemporaryProvider':
      return <NewProviderPage />;
    case 'temporaryProvider':
      return <ProviderPage id={route.id} />;
    case 'newStay':
      return <NewStayPage />;
    case 'stay':
      return <StayPage id={route.id} />;
    case 'waitingList':
      return <WaitingListPage />;
    case 'rounds':
      return <RoundsPage />;
    case 'round':
      return <RoundPage id={route.id} />;
    case 'offers':
      return <OffersPage />;
    case 'fairness':
      return <FairnessPage />;
    case 'calculators':
      return <CalculatorsPage />;
    case 'followup':
      return <FollowupPage />;
    case 'followupPlan':
      return <FollowupPlanPage id={route.id} />;
    case 'newFollowupPlan':
      return <NewFollowupPlanPage />;
    case 'personOverview':
      return <PersonOverviewPage id={route.id} />;
    case 'neighbourhood':
      return <NeighbourhoodPage />;
    case 'newNeighbourCase':
      return <NewNeighbourCasePage />;
    case 'neighbourCase':
      return <NeighbourCasePage id={route.id} />;
    case 'building':
      return <BuildingPage slug={route.slug} />;
    case 'caretakerTasks':
      return <CaretakerTasksPage />;
    case 'privateRental':
      return <LandlordsPage />;
    case 'newLandlord':
      return <NewLandlordPage />;
    case 'landlord':
      return <LandlordPage id={route.id} />;
    case 'leaseHelps':
      return <LeaseHelpsPage />;
    case 'newLeaseHelp':
      return <NewLeaseHelpPage />;
    case 'leaseHelp':
      return <LeaseHelpPage id={route.id} />;
    case 'settlements':
      return <SettlementsPage />;
    case 'newSettlement':
      return <NewSettlementPage />;
    case 'settlement':
      return <SettlementPage id={route.id} />;
    case 'calculatorParameters':
      return <CalculatorParametersPage />;
    case 'housingFirst':
      return <HousingFirstPage />;
    case 'housingFirstEnrol':
      return <EnrolPage />;
    case 'housingFirstParticipant':
      return <ParticipantPage id={route.id} />;
    case 'housingFirstFidelity':
      return <FidelityAssessmentPage />;
    case 'rentToOwn':
      return <RentToOwnPage />;
    case 'newRentToOwnPlan':
      return <NewPlanPage />;
    case 'rentToOwnPlan':
      return <PlanPage id={route.id} />;
    case 'municipality':
      return <MunicipalityPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'actionPlan':
      return <ActionPlanPage id={route.id} />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'kostra':
      return <KostraPage />;
    case 'map':
      return <MapPage />;
    case 'buildingProjects':
      return <BuildingProjectsPage />;
    case 'newBuildingProject':
      return <NewBuildingProjectPage />;
    case 'buildingProject':
      return <BuildingProjectPage id={route.id} />;
    case 'homelessnessCount':
      return <HomelessnessCountPage />;
    case 'users':
      return <UsersPage />;
    case 'user':
      return <UserDetailPage id={route.id} />;
    case 'audit':
      return <AuditPage />;
    case 'accessLog':
      return <AccessLogPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
