import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { describeError } from '../app/errors';
import { useT } from '../app/i18n/I18nProvider';
import type { Resource } from '../app/useResource';

export function Loading() {
  const t = useT();
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{t.app.loading}</span>
    </div>
  );
}

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert data-color="danger" role="alert" className="load-failed">
      <Heading level={2} data-size="xs">
        {t.common.loadFailed}
      </Heading>
      <Paragraph>{describeError(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t.common.retry}
        </Button>
      )}
    </Alert>
  );
}

/** Shows a spinner, an error with "try again", or `children(data)`. */
export function ResourceView<T>({
  resource,
  children,
}: {
  resource: Resource<T> & { reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') return <LoadFailed error={resource.error} onRetry={resource.reload} />;
  return <>{children(resource.data)}</>;
}
