import { Details } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';

/**
 * A disclosure whose content is first rendered when it is opened, and then kept (so what was
 * typed survives closing it). Lists with a form per row stay light until a form is wanted.
 */
export function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <Details
      onToggle={(event) => {
        if ((event.target as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <Details.Summary>{summary}</Details.Summary>
      <Details.Content>{opened ? children() : null}</Details.Content>
    </Details>
  );
}
