import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { LeaseDetail } from '../../../contracts/leases';
import { INVENTORY_ITEMS, ITEM_STATES, MOVE_OUT_CONDITIONS, type InventoryItem, type ItemState } from '../../../domain/leases/inspections';
import { formatKroner } from '../../app/format';
import type { Catalogue } from '../../app/i18n/nb';
import { useI18n } from '../../app/i18n/I18nProvider';
import { parseKroner } from '../../components/amounts';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { today } from './LeaseActionForms';
import { recordMoveIn, recordMoveOut } from './leases.api';

/**
 * Move-in with the standard inventory checklist and the move-out inspection with the deposit
 * settlement (domain/leases/inspections.ts): the same items on both days, so damage can be told
 * from wear. Every item must be answered; the server's `items.<item>` errors land on that item.
 */

type ItemField = `items.${InventoryItem}`;
type Checklist = Record<InventoryItem, { state: ItemState | ''; note: string }>;
type Meter = 'meterReadings.electricity' | 'meterReadings.water';

const emptyChecklist = (): Checklist => Object.fromEntries(INVENTORY_ITEMS.map((item) => [item, { state: '', note: '' }])) as Checklist;
const itemIds = (prefix: string): Record<ItemField, string> =>
  Object.fromEntries(INVENTORY_ITEMS.map((item) => [`items.${item}`, `${prefix}-item-${item}`])) as Record<ItemField, string>;

/** A count of keys: a whole number 0–50, or undefined when it is not one. */
function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,2}$/.test(trimmed) && Number(trimmed) <= 50 ? Number(trimmed) : undefined;
}

/** A meter reading: empty (null), a non-negative decimal number (comma or point), or 'invalid'. */
function parseReading(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^\d{1,9}(\.\d{1,3})?$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

function checkChecklist(checklist: Checklist, t: Catalogue): FieldMessages<ItemField> {
  const invalid: FieldMessages<ItemField> = {};
  for (const item of INVENTORY_ITEMS) {
    const label = t.leaseLabels.inventoryItems[item];
    if (!checklist[item].state) invalid[`items.${item}`] = t.form.chooseRequired(`${t.leaseActions.itemState} (${label})`);
  }
  return invalid;
}

const checklistBody = (checklist: Checklist) =>
  INVENTORY_ITEMS.map((item) => ({ item, state: checklist[item].state as ItemState, note: checklist[item].note.trim() || null }));

/** The inventory checklist: one group per item with its condition and a note. */
function ChecklistFields({ ids, value, onChange, errors }: { ids: Record<ItemField, string>; value: Checklist; onChange: (next: Checklist) => void; errors: FieldMessages<ItemField> }) {
  const { t } = useI18n();
  const a = t.leaseActions;
  const set = (item: InventoryItem, change: Partial<Checklist[InventoryItem]>) => onChange({ ...value, [item]: { ...value[item], ...change } });
  return (
    <Fieldset className="form-section">
      <Fieldset.Legend>{a.checklistHeading}</Fieldset.Legend>
      <Fieldset.Description>{a.checklistHint}</Fieldset.Description>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(Object.fromEntries(INVENTORY_ITEMS.map((item) => [item, { ...value[item], state: 'ok' }])) as Checklist)}>
          {a.allOk}
        </Button>
      </div>
      {INVENTORY_ITEMS.map((item) => {
        const id = ids[`items.${item}`];
        return (
          <Fieldset key={item} className="checklist-item">
            <Fieldset.Legend>{t.leaseLabels.inventoryItems[item]}</Fieldset.Legend>
            <div className="field-row">
              <SelectField
                id={id}
                label={a.itemState}
                placeholder={a.chooseState}
                value={value[item].state}
                onChange={(state) => set(item, { state: state as ItemState | '' })}
                options={ITEM_STATES.map((state) => ({ value: state, label: t.leaseLabels.itemStates[state] }))}
                error={errors[`items.${item}`]}
              />
              <Textfield id={`${id}-note`} label={a.itemNote} autoComplete="off" value={value[item].note} onChange={(e) => set(item, { note: e.target.value })} />
            </div>
          </Fieldset>
        );
      })}
    </Fieldset>
  );
}

function MeterFields({ ids, electricity, water, onElectricity, onWater, errors }: { ids: Record<Meter, string>; electricity: string; water: string; onElectricity: (v: string) => void; onWater: (v: string) => void; errors: FieldMessages<Meter> }) {
  const { t } = useI18n();
  const a = t.leaseActions;
  return (
    <div className="field-row">
      <Textfield id={ids['meterReadings.electricity']} label={a.electricity} description={a.meterHint} inputMode="decimal" autoComplete="off" value={electricity} onChange={(e) => onElectricity(e.target.value)} error={errors['meterReadings.electricity']} />
      <Textfield id={ids['meterReadings.water']} label={a.water} description={a.meterHint} inputMode="decimal" autoComplete="off" value={water} onChange={(e) => onWater(e.target.value)} error={errors['meterReadings.water']} />
    </div>
  );
}

type MoveInField = 'movedInOn' | 'keysHandedOver' | Meter | ItemField | 'items' | 'note';

/** Records the move-in: date, keys, meter readings and the checklist (once per lease). */
export function MoveInForm({ lease, onDone }: { lease: LeaseDetail; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = t.leaseActions;
  const p = `movein-${lease.id}`;
  const items = itemIds(p);
  const ids: Record<MoveInField, string> = {
    movedInOn: `${p}-date`,
    keysHandedOver: `${p}-keys`,
    'meterReadings.electricity': `${p}-electricity`,
    'meterReadings.water': `${p}-water`,
    ...items,
    items: items['items.keys'],
    note: `${p}-note`,
  };
  const [movedInOn, setMovedInOn] = useState(() => (lease.startDate <= today() ? today() : lease.startDate));
  const [keys, setKeys] = useState('');
  const [electricity, setElectricity] = useState('');
  const [water, setWater] = useState('');
  const [checklist, setChecklist] = useState(emptyChecklist);
  const [note, setNote] = useState('');
  const form = useFormSubmit<MoveInField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<MoveInField> = { ...checkChecklist(checklist, t) };
    if (!movedInOn) invalid.movedInOn = t.form.required(a.movedInOn);
    const keyCount = parseCount(keys);
    if (keyCount === undefined) invalid.keysHandedOver = t.form.wholeNumber(a.keysHandedOver);
    const el = parseReading(electricity);
    const wa = parseReading(water);
    if (el === 'invalid') invalid['meterReadings.electricity'] = a.meterFormat(a.electricity);
    if (wa === 'invalid') invalid['meterReadings.water'] = a.meterFormat(a.water);
    await form.submit(ids, invalid, async () => {
      if (keyCount === undefined || el === 'invalid' || wa === 'invalid') return;
      await recordMoveIn(lease.id, { movedInOn, keysHandedOver: keyCount, meterReadings: { electricity: el, water: wa }, items: checklistBody(checklist), note: note.trim() || null });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.movedInOn} type="date" label={a.movedInOn} value={movedInOn} onChange={(e) => setMovedInOn(e.target.value)} error={form.fieldErrors.movedInOn} />
      <Textfield id={ids.keysHandedOver} label={a.keysHandedOver} inputMode="numeric" autoComplete="off" value={keys} onChange={(e) => setKeys(e.target.value)} error={form.fieldErrors.keysHandedOver} />
      <MeterFields ids={ids} electricity={electricity} water={water} onElectricity={setElectricity} onWater={setWater} errors={form.fieldErrors} />
      <ChecklistFields ids={items} value={checklist} onChange={setChecklist} errors={form.fieldErrors} />
      <Textfield id={ids.note} multiline rows={2} label={a.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={a.moveInButton} submitting={form.submitting} />
    </form>
  );
}

type Condition = (typeof MOVE_OUT_CONDITIONS)[number];
type MoveOutField = 'inspectedOn' | 'condition' | ItemField | 'items' | 'damages' | 'keysReturned' | Meter | 'depositSettlement.retained' | 'depositSettlement.returned' | 'note';
type Damage = { description: string; amount: string };

/** Records the move-out inspection: the checklist again, damages, keys, meters and the deposit settlement. */
export function MoveOutForm({ lease, onDone }: { lease: LeaseDetail; onDone: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const a = t.leaseActions;
  const p = `moveout-${lease.id}`;
  const items = itemIds(p);
  const [damages, setDamages] = useState<Damage[]>([]);
  const [badDamage, setBadDamage] = useState<number | null>(null);
  const ids: Record<MoveOutField, string> = {
    inspectedOn: `${p}-date`,
    condition: `${p}-condition`,
    ...items,
    items: items['items.keys'],
    damages: damages.length > 0 ? `${p}-damage-${badDamage ?? 0}-description` : `${p}-add-damage`,
    keysReturned: `${p}-keys`,
    'meterReadings.electricity': `${p}-electricity`,
    'meterReadings.water': `${p}-water`,
    'depositSettlement.retained': `${p}-retained`,
    'depositSettlement.returned': `${p}-returned`,
    note: `${p}-note`,
  };
  const deposit = lease.depositType;
  const [inspectedOn, setInspectedOn] = useState(today);
  const [condition, setCondition] = useState<Condition | ''>('');
  const [checklist, setChecklist] = useState(emptyChecklist);
  const [keys, setKeys] = useState('');
  const [electricity, setElectricity] = useState('');
  const [water, setWater] = useState('');
  const [retained, setRetained] = useState('0');
  const [returned, setReturned] = useState(deposit === 'blocked_account' ? String(lease.depositAmount) : '0');
  const [note, setNote] = useState('');
  const form = useFormSubmit<MoveOutField>();

  const setDamage = (index: number, change: Partial<Damage>) => setDamages((list) => list.map((d, i) => (i === index ? { ...d, ...change } : d)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<MoveOutField> = { ...checkChecklist(checklist, t) };
    if (!inspectedOn) invalid.inspectedOn = t.form.required(a.inspectedOn);
    if (!condition) invalid.condition = t.form.chooseRequired(a.condition);
    const keyCount = parseCount(keys);
    if (keyCount === undefined) invalid.keysReturned = t.form.wholeNumber(a.keysReturned);
    const el = parseReading(electricity);
    const wa = parseReading(water);
    if (el === 'invalid') invalid['meterReadings.electricity'] = a.meterFormat(a.electricity);
    if (wa === 'invalid') invalid['meterReadings.water'] = a.meterFormat(a.water);
    const filled = damages.map((d, index) => ({ ...d, index })).filter((d) => d.description.trim() || d.amount.trim());
    const parsedDamages: Array<{ description: string; amount: number }> = [];
    let bad: number | null = null;
    for (const d of filled) {
      const amount = parseKroner(d.amount);
      if (!d.description.trim()) invalid.damages ??= t.form.required(a.damageDescription(d.index + 1));
      else if (amount === undefined || amount === 'invalid') invalid.damages ??= t.form.wholeKroner(a.damageAmount(d.index + 1));
      else parsedDamages.push({ description: d.description.trim(), amount });
      if (invalid.damages && bad === null) bad = d.index;
    }
    setBadDamage(bad);
    const retainedAmount = deposit === 'none' ? 0 : parseKroner(retained);
    const returnedAmount = deposit === 'blocked_account' ? parseKroner(returned) : 0;
    if (retainedAmount === undefined || retainedAmount === 'invalid') invalid['depositSettlement.retained'] = t.form.wholeKroner(deposit === 'nav_guarantee' ? a.claimed : a.retained);
    if (returnedAmount === undefined || returnedAmount === 'invalid') invalid['depositSettlement.returned'] = t.form.wholeKroner(a.returned);
    await form.submit(ids, invalid, async () => {
      if (!condition || keyCount === undefined || el === 'invalid' || wa === 'invalid') return;
      if (typeof retainedAmount !== 'number' || typeof returnedAmount !== 'number') return;
      await recordMoveOut(lease.id, {
        inspectedOn,
        condition,
        items: checklistBody(checklist),
        damages: parsedDamages,
        meterReadings: { electricity: el, water: wa },
        keysReturned: keyCount,
        depositSettlement: { retained: retainedAmount, returned: returnedAmount },
        note: note.trim() || null,
      });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.inspectedOn} type="date" label={a.inspectedOn} value={inspectedOn} onChange={(e) => setInspectedOn(e.target.value)} error={form.fieldErrors.inspectedOn} />
      <RadioGroup
        id={ids.condition}
        legend={a.condition}
        options={MOVE_OUT_CONDITIONS.map((value) => ({ value, label: t.leaseLabels.moveOutConditions[value] }))}
        value={condition}
        onChange={setCondition}
        error={form.fieldErrors.condition}
      />
      <ChecklistFields ids={items} value={checklist} onChange={setChecklist} errors={form.fieldErrors} />
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.damages}</Fieldset.Legend>
        {damages.map((damage, index) => (
          <div key={index} className="field-row">
            <Textfield
              id={`${p}-damage-${index}-description`}
              label={a.damageDescription(index + 1)}
              autoComplete="off"
              value={damage.description}
              onChange={(e) => setDamage(index, { description: e.target.value })}
              error={badDamage === index ? form.fieldErrors.damages : undefined}
            />
            <Textfield id={`${p}-damage-${index}-amount`} label={a.damageAmount(index + 1)} inputMode="numeric" autoComplete="off" value={damage.amount} onChange={(e) => setDamage(index, { amount: e.target.value })} />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setDamages((list) => list.filter((_, i) => i !== index))}>
                {a.removeDamage(index + 1)}
              </Button>
            </div>
          </div>
        ))}
        {damages.length === 0 && form.fieldErrors.damages && <Paragraph data-size="sm">{form.fieldErrors.damages}</Paragraph>}
        <div>
          <Button id={`${p}-add-damage`} type="button" variant="secondary" data-size="sm" onClick={() => setDamages((list) => [...list, { description: '', amount: '' }])}>
            {a.addDamage}
          </Button>
        </div>
      </Fieldset>
      <Textfield id={ids.keysReturned} label={a.keysReturned} inputMode="numeric" autoComplete="off" value={keys} onChange={(e) => setKeys(e.target.value)} error={form.fieldErrors.keysReturned} />
      <MeterFields ids={ids} electricity={electricity} water={water} onElectricity={setElectricity} onWater={setWater} errors={form.fieldErrors} />
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.settlementHeading}</Fieldset.Legend>
        {deposit === 'none' ? (
          <Paragraph>{a.noDeposit}</Paragraph>
        ) : (
          <>
            <Fieldset.Description>
              {deposit === 'blocked_account' ? a.settlementHint(formatKroner(locale, lease.depositAmount)) : a.guaranteeHint(formatKroner(locale, lease.depositAmount))}
            </Fieldset.Description>
            <div className="field-row">
              <Textfield
                id={ids['depositSettlement.retained']}
                label={deposit === 'nav_guarantee' ? a.claimed : a.retained}
                inputMode="numeric"
                autoComplete="off"
                value={retained}
                onChange={(e) => setRetained(e.target.value)}
                error={form.fieldErrors['depositSettlement.retained']}
              />
              {deposit === 'blocked_account' && (
                <Textfield
                  id={ids['depositSettlement.returned']}
                  label={a.returned}
                  inputMode="numeric"
                  autoComplete="off"
                  value={returned}
                  onChange={(e) => setReturned(e.target.value)}
                  error={form.fieldErrors['depositSettlement.returned']}
                />
              )}
            </div>
          </>
        )}
      </Fieldset>
      <Textfield id={ids.note} multiline rows={2} label={a.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={a.moveOutButton} submitting={form.submitting} />
    </form>
  );
}
