import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

type Option<V extends string> = { value: V; label: string; description?: string; lang?: string };

type GroupProps = {
  /** The id of the first input: the error summary links there. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
};

/** One choice of several as radio buttons in a fieldset (better than a select for 2–7 options). */
export function RadioGroup<V extends string>({
  id,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: GroupProps & { options: readonly Option<V>[]; value: V | ''; onChange: (value: V) => void }) {
  const name = useId();
  const errorId = `${id}-error`;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          name={name}
          value={option.value}
          label={<span lang={option.lang}>{option.label}</span>}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          aria-invalid={error ? true : undefined}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Several independent yes/no choices in a fieldset. */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  description,
  error,
  options,
  values,
  onChange,
}: GroupProps & { options: readonly Option<V>[]; values: readonly V[]; onChange: (values: V[]) => void }) {
  const errorId = `${id}-error`;
  function toggle(option: V, checked: boolean) {
    const next = checked ? [...values, option] : values.filter((v) => v !== option);
    // Keep the options' order, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={values.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
          aria-invalid={error ? true : undefined}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
