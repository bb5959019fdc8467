/**
 * The short checklist of the home visit after move-in (Trondheim's «Ny Vri»: the neighbourhood or
 * follow-up team visits new tenants some weeks after they move in). Each item is answered yes or
 * no; `needs_more_followup` = yes is the visitor's signal that the household needs a plan beyond
 * this visit. The web renders the items' texts from its catalogues by these ids.
 */
export const MOVE_IN_CHECKLIST = [
  /** The household has settled in: furniture, the basics in place, sleeps there. */
  'settled_in',
  /** Keys received and the inventory as agreed at handover. */
  'keys_and_inventory_ok',
  /** Rent is paid or a payment arrangement is in place (standing order, NAV direct payment). */
  'rent_payment_arranged',
  /** Knows whom to contact about faults, rent and help (the property manager, the follow-up team). */
  'knows_whom_to_contact',
  /** No trouble with, or worry about, the neighbours. */
  'neighbours_ok',
  /** Needs more follow-up than this visit. */
  'needs_more_followup',
] as const;
export type MoveInChecklistItem = (typeof MOVE_IN_CHECKLIST)[number];
export type MoveInChecklistAnswers = Record<MoveInChecklistItem, boolean>;

export interface ChecklistProblem {
  /** `checklist.<item>` */
  path: string;
  code: 'unknown_item' | 'answer_required';
}

/**
 * Checks answers against MOVE_IN_CHECKLIST: every item answered with true or false, nothing else.
 * Returns every problem at once, in the checklist's order (unknown items last); empty when valid.
 */
export function checkMoveInChecklist(answers: Readonly<Record<string, unknown>>): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  for (const item of MOVE_IN_CHECKLIST) {
    if (typeof answers[item] !== 'boolean') problems.push({ path: `checklist.${item}`, code: 'answer_required' });
  }
  for (const key of Object.keys(answers)) {
    if (!(MOVE_IN_CHECKLIST as readonly string[]).includes(key)) problems.push({ path: `checklist.${key}`, code: 'unknown_item' });
  }
  return problems;
}
