import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../app/i18n/I18nProvider';
import { hasNavigatedInApp } from '../app/router';

type Props = {
  /** Document title before " – Husly"; also the h1 unless `heading` is given. */
  title: string;
  heading?: ReactNode;
  children?: ReactNode;
};

/**
 * A page's frame: sets the document title and renders the page's only h1. After in-app
 * navigation focus moves to the h1, so screen-reader users hear that the page changed.
 */
export function Page({ title, heading, children }: Props) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title, t]);

  useEffect(() => {
    if (hasNavigatedInApp()) headingRef.current?.focus();
  }, []);

  return (
    <>
      <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1} className="page-heading">
        {heading ?? title}
      </Heading>
      {children}
    </>
  );
}
