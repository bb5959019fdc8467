import { Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useState, type FormEvent } from 'react';
import { CURRENT_FIDELITY_SCALE, type FidelityItem } from '../../../domain/followup/fidelity-scale';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../temporary/temporary-format';
import { recordFidelity } from './housing-first.api';
import './housing-first.css';

const SCORES = [1, 2, 3, 4] as const;
const itemId = (id: string) => `fid-${id.replace(/[^a-z0-9]+/gi, '-')}`;

/**
 * A fidelity self-assessment on the current scale (domain/followup/fidelity-scale.ts): each item
 * of the five domains scored 1–4, the date and a note. The server checks every item again and
 * answers with a field error per item.
 */
export function FidelityAssessmentPage() {
  const { t, language } = useI18n();
  const h = t.housingFirst;
  const scale = CURRENT_FIDELITY_SCALE;
  const items = useMemo(() => scale.domains.flatMap((d) => d.items), [scale]);
  /** Field paths in form order: the date, every item, the note. */
  const ids = useMemo(
    () => ({ assessedOn: 'fid-assessed-on', ...Object.fromEntries(items.map((i) => [`scores.${i.id}`, itemId(i.id)])), note: 'fid-note' }) as Record<string, string>,
    [items],
  );
  const [assessedOn, setAssessedOn] = useState(todayIso);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [note, setNote] = useState('');
  const form = useFormSubmit<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<string> = {};
    if (!assessedOn) invalid.assessedOn = t.form.required(h.assessedOn);
    for (const item of items) if (scores[item.id] === undefined) invalid[`scores.${item.id}`] = h.scoreMissing(item.text[language]);
    await form.submit(ids, invalid, async () => {
      await recordFidelity({ assessedOn, scores, note: note.trim() || null });
      navigate(paths.housingFirst);
    });
  }

  return (
    <Page title={h.fidelityTitle}>
      <Paragraph>
        <AppLink href={paths.housingFirst}>{h.backToProgramme}</AppLink>
      </Paragraph>
      <Paragraph>{h.fidelityFormIntro}</Paragraph>
      <Paragraph data-size="sm">{h.scaleNote}</Paragraph>
      <form className="form form--readable block-gap" aria-label={h.fidelityTitle} onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <div className="narrow">
          <Textfield id={ids.assessedOn} type="date" label={h.assessedOn} value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} error={form.fieldErrors.assessedOn} />
        </div>
        <Paragraph data-size="sm">{h.scoreLegend}</Paragraph>
        {scale.domains.map((domain) => (
          <section key={domain.id} aria-labelledby={`fid-domain-${domain.id}`} className="fidelity-domain">
            <Heading level={2} data-size="sm" id={`fid-domain-${domain.id}`}>
              {domain.name[language]}
            </Heading>
            {domain.items.map((item) => (
              <ScoreItem
                key={item.id}
                item={item}
                id={itemId(item.id)}
                value={scores[item.id]}
                onChange={(score) => setScores((s) => ({ ...s, [item.id]: score }))}
                error={form.fieldErrors[`scores.${item.id}`]}
              />
            ))}
          </section>
        ))}
        <Textfield id={ids.note} multiline rows={3} label={h.note} description={h.noteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
        <FormActions label={h.fidelitySubmit} submitting={form.submitting} />
      </form>
    </Page>
  );
}

/** One item: four radio buttons in a row, the item's text as the legend. */
function ScoreItem({ item, id, value, onChange, error }: { item: FidelityItem; id: string; value: number | undefined; onChange: (score: number) => void; error?: string }) {
  const { t, language } = useI18n();
  const h = t.housingFirst;
  const errorId = `${id}-error`;
  return (
    <Fieldset className="fidelity-item" aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{item.text[language]}</Fieldset.Legend>
      <div className="score-choices">
        {SCORES.map((score, index) => (
          <Radio
            key={score}
            id={index === 0 ? id : `${id}-${score}`}
            name={id}
            value={String(score)}
            label={h.scoreLabels[score]}
            checked={value === score}
            onChange={() => onChange(score)}
            aria-invalid={error ? true : undefined}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
