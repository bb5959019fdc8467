// SCAFFOLD (issue 7): replaced by the real page in this session.
import { Heading } from '@digdir/designsystemet-react';

export function ReportPage({ id }: { id: string }) {
  return <Heading level={1} data-size="lg">ReportPage {id}</Heading>;
}
