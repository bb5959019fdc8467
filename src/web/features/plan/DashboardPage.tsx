// SCAFFOLD (issue 7): replaced by the real page in this session.
import { Heading } from '@digdir/designsystemet-react';

export function DashboardPage() {
  return <Heading level={1} data-size="lg">DashboardPage</Heading>;
}
