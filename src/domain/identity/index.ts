/** Norwegian identity numbers (fødselsnummer, D-nummer): validation and masking (pure). */
export {
  FNR_RULES,
  fnrRuleOn,
  maskFnr,
  validateFnr,
  withControlDigits,
  type FnrErrorCode,
  type FnrKind,
  type FnrRule,
  type FnrValidation,
  type ValidateFnrOptions,
} from './fnr.js';
export { NAME_DISTANCE_LIMIT, levenshtein, namesSimilar, normaliseName, type PersonName } from './similarity.js';
