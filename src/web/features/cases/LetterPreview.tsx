import { Paragraph } from '@digdir/designsystemet-react';
import { createElement, useEffect, useState, type ReactNode } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/I18nProvider';
import { LoadFailed, Loading } from '../../components/Loading';

/**
 * The letter as the server renders it (GET …/preview.html), shown inside the page.
 *
 * Why not an iframe: the CSP has `frame-ancestors 'none'`, which forbids framing even from the
 * same origin. Why not dangerouslySetInnerHTML: the letter is the server's own escaped output,
 * but inserting markup would make the page's safety depend on that escaping. Instead the HTML
 * is parsed (DOMParser, inert: no scripts run, nothing loads) and rebuilt as React elements from
 * an allowlist of text elements and attributes; anything else is dropped. Headings move down two
 * levels so the letter's title sits under the preview's own h2 (docs/adr/0008).
 */
export function LetterPreview({ url, version }: { url: string; version: string }) {
  const t = useT();
  // The last letter stays on screen while the next version loads, so the preview does not flicker.
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.getText(url, controller.signal).then(
      (text) => {
        setHtml(text);
        setError(null);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
  }, [url, version, attempt]);

  if (error && html === null) return <LoadFailed error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (html === null) return <Loading />;
  const letter = letterElement(html);
  return letter ? <div className="letter-preview">{toReact(letter, 'l')}</div> : <Paragraph>{t.decisionEditor.previewUnavailable}</Paragraph>;
}

function letterElement(html: string): Element | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector('article.letter');
}

/** Element name → the element rendered for it. */
const ELEMENTS: Readonly<Record<string, string>> = {
  article: 'div',
  header: 'div',
  footer: 'div',
  section: 'div',
  h1: 'h3',
  h2: 'h4',
  h3: 'h5',
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  dl: 'dl',
  dt: 'dt',
  dd: 'dd',
  br: 'br',
  strong: 'strong',
  em: 'em',
  span: 'span',
  time: 'time',
};

function toReact(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const tag = ELEMENTS[node.localName];
  if (!tag) return null;
  const props: Record<string, string> = { key };
  const className = node.getAttribute('class');
  if (className) props['className'] = className.split(/\s+/).filter((c) => /^letter[-\w]*$/.test(c)).join(' ');
  const lang = node.getAttribute('lang');
  if (lang && /^[a-z]{2}$/.test(lang)) props['lang'] = lang;
  const dateTime = node.getAttribute('datetime');
  if (tag === 'time' && dateTime) props['dateTime'] = dateTime;
  if (tag === 'br') return createElement(tag, props);
  const children = Array.from(node.childNodes, (child, index) => toReact(child, `${key}.${index}`));
  return createElement(tag, props, ...children);
}
