import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { canManageCaretakerTasks } from '../../../domain/neighbourhood';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AddTaskForm, CaretakerTaskList } from './CaretakerTasks';
import { listBuildings, listOpenTasks, listStaff } from './neighbourhood.api';

/** /bomiljo/oppgaver: the caretaker's open tasks in every building, to mark done, and a new task for any building. */
export function CaretakerTasksPage() {
  const { t } = useI18n();
  const k = t.caretaker;
  const { role } = useCurrentSession();
  const tasks = useResource('caretaker-open-tasks', listOpenTasks);
  const buildings = useResource('neighbourhood-buildings', listBuildings);
  const staff = useResource('neighbourhood-staff', listStaff);
  return (
    <Page title={k.title}>
      <Paragraph>
        <AppLink href={paths.neighbourhood}>{k.back}</AppLink>
      </Paragraph>
      <Paragraph>{k.intro}</Paragraph>
      <section aria-labelledby="caretaker-open" className="section">
        <Heading level={2} data-size="sm" id="caretaker-open">
          {k.openHeading}
        </Heading>
        <ResourceView resource={tasks}>
          {(list) => (list.items.length === 0 ? <Paragraph>{k.noOpen}</Paragraph> : <CaretakerTaskList tasks={list.items} showBuilding onChanged={tasks.refresh} />)}
        </ResourceView>
      </section>
      {canManageCaretakerTasks(role) && (
        <ResourceView resource={buildings}>
          {(list) => <ResourceView resource={staff}>{(people) => <AddTaskForm buildings={list.items} staff={people} onSaved={tasks.refresh} />}</ResourceView>}
        </ResourceView>
      )}
    </Page>
  );
}
