import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment, useId } from 'react';
import type { FollowupSettings } from '../../../contracts/followup-signals';
import { THRESHOLD_FIELDS } from '../../../domain/followup/early-warning';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { getFollowupSettings } from './early-warning.api';
import { SettingsForm, useThresholdValue } from './SettingsForm';

/**
 * The early-warning thresholds (rules area): those in force today, the admin's form to add thresholds
 * from a date, and every dated row. The caseworker reads; only the admin changes.
 */
export function SettingsPage() {
  const { t } = useI18n();
  const s = t.followupSettings;
  const settings = useResource('followup-settings', getFollowupSettings);
  return (
    <Page title={s.title}>
      <Paragraph>
        <AppLink href={paths.rules}>{t.rules.title}</AppLink>
      </Paragraph>
      <Paragraph variant="long">{s.intro}</Paragraph>
      <ResourceView resource={settings}>
        {(data) => (
          <>
            <InForce settings={data} />
            {data.canEdit ? <SettingsForm settings={data} onSaved={settings.replace} /> : <Paragraph>{s.readOnly}</Paragraph>}
            <History settings={data} />
          </>
        )}
      </ResourceView>
    </Page>
  );
}

function InForce({ settings }: { settings: FollowupSettings }) {
  const { t, locale } = useI18n();
  const s = t.followupSettings;
  const show = useThresholdValue();
  const { validFrom } = settings.inForce;
  return (
    <section aria-labelledby="settings-in-force" className="section">
      <Heading level={2} data-size="sm" id="settings-in-force">
        {s.inForceHeading}
      </Heading>
      <Paragraph>{validFrom ? s.inForceFrom(formatDate(locale, validFrom)) : s.defaultsInForce}</Paragraph>
      <dl className="facts">
        {THRESHOLD_FIELDS.map((field) => (
          <Fragment key={field}>
            <dt>{s.fields[field]}</dt>
            <dd>{show(field, settings.inForce[field])}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

function History({ settings }: { settings: FollowupSettings }) {
  const { t, locale } = useI18n();
  const s = t.followupSettings;
  const show = useThresholdValue();
  const captionId = useId();
  return (
    <section aria-labelledby="settings-history" className="section">
      <Heading level={2} data-size="sm" id="settings-history">
        {s.historyHeading}
      </Heading>
      {settings.history.length === 0 ? (
        <Paragraph>{s.none}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table data-table--wide" data-size="sm">
            <caption id={captionId}>{s.historyCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{s.validFrom}</Table.HeaderCell>
                {THRESHOLD_FIELDS.map((field) => (
                  <Table.HeaderCell key={field} className="numeric">
                    {s.shortFields[field]}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell>{s.savedBy}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {settings.history.map((row) => (
                <Table.Row key={row.validFrom}>
                  <Table.Cell className="nowrap">{formatDate(locale, row.validFrom)}</Table.Cell>
                  {THRESHOLD_FIELDS.map((field) => (
                    <Table.Cell key={field} className="numeric nowrap">
                      {show(field, row[field])}
                    </Table.Cell>
                  ))}
                  <Table.Cell>
                    {row.updatedBy ?? '–'}, {formatDateTime(locale, row.updatedAt)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
