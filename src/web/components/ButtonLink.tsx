import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { AppLink } from './AppLink';

type Props = {
  href: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  children: ReactNode;
};

/** A link that looks like a button: it goes somewhere (a new page), it does not act. */
export function ButtonLink({ href, variant = 'primary', children }: Props) {
  return (
    <Button asChild variant={variant}>
      <AppLink unstyled href={href}>
        {children}
      </AppLink>
    </Button>
  );
}
