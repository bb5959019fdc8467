import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type Option = { value: string; label: string; lang?: string };

type Props = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** An empty first choice such as "Choose a role"; the field is then unset until chosen. */
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
};

/** A labelled native select; Designsystemet's Field links label, description and error. */
export function SelectField({ id, label, value, onChange, options, placeholder, description, error, required }: Props) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        required={required}
      >
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
