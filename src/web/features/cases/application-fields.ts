import type { Dispatch, SetStateAction } from 'react';
import type { FieldMessages } from '../../components/form-errors';
import type { ApplicationValues } from './application-form';

/** What each part of the application form gets from the form. */
export type ApplicationPartProps = {
  values: ApplicationValues;
  setValues: Dispatch<SetStateAction<ApplicationValues>>;
  /** API field path → element id. */
  ids: Record<string, string>;
  errors: FieldMessages<string>;
};
