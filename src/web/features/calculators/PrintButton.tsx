import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';

export type PrintPart = 'startlan' | 'bostotte';

/**
 * «Skriv ut»: prints one calculator's result and workings for the person (print.css hides the
 * navigation, the forms and the other calculator). Folded parts of the result are opened first,
 * so the parameters used are on paper too.
 */
export function PrintButton({ part }: { part: PrintPart }) {
  const { t } = useI18n();
  function print() {
    for (const details of document.querySelectorAll<HTMLDetailsElement>(`[data-print-part="${part}"] [data-testid$="-result"] details`)) details.open = true;
    document.body.dataset.printPart = part;
    const done = () => {
      delete document.body.dataset.printPart;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }
  return (
    <div className="print-button block-gap">
      <Button type="button" variant="secondary" onClick={print}>
        {t.calculators.print}
      </Button>
    </div>
  );
}
