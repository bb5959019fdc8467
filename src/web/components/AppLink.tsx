import { Link, type LinkProps } from '@digdir/designsystemet-react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/router';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  /** A plain <a> with the caller's class instead of Designsystemet's Link style. */
  unstyled?: boolean;
  'data-color'?: LinkProps['data-color'];
};

/** A link inside the app: a real <a href> that the router follows without a page load. */
export function AppLink({ href, onClick, unstyled, children, ...rest }: Props) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const newTab = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target;
    if (event.defaultPrevented || event.button !== 0 || newTab) return;
    event.preventDefault();
    navigate(href);
  }
  if (unstyled) {
    return (
      <a href={href} onClick={handleClick} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} onClick={handleClick} {...rest}>
      {children}
    </Link>
  );
}
