/**
 * Fixed wording of the foreløpig svar, the forwarding letter and the appeal cover sheet, in
 * bokmål and nynorsk (Klarspråk: «du» and «vi», the law in brackets after the plain statement).
 */

const days = { nb: (n: number) => (n === 1 ? '1 dag' : `${n} dager`), nn: (n: number) => (n === 1 ? '1 dag' : `${n} dagar`) };

export const PRELIMINARY_TEXT = {
  nb: {
    title: 'Foreløpig svar på søknaden din',
    headings: { received: 'Vi har fått søknaden din', delay_reason: 'Hvorfor det tar tid', expected_answer: 'Når du kan vente svar' },
    received: (subject: string, date: string) => `Vi fikk søknaden din om ${subject} ${date}.`,
    notDone: (ref: string) => `Vi er ikke ferdige med saken ennå, og derfor sender vi deg dette foreløpige svaret (${ref}).`,
    needFromYou: 'Vi trenger dette fra deg:',
    expected: (date: string) => `Vi regner med å kunne gi deg svar innen ${date}. Hvis det tar lengre tid, gir vi deg beskjed.`,
    contact: 'Ta gjerne kontakt med oss hvis du har spørsmål, eller hvis situasjonen din endrer seg.',
  },
  nn: {
    title: 'Førebels svar på søknaden din',
    headings: { received: 'Vi har fått søknaden din', delay_reason: 'Kvifor det tek tid', expected_answer: 'Når du kan vente svar' },
    received: (subject: string, date: string) => `Vi fekk søknaden din om ${subject} ${date}.`,
    notDone: (ref: string) => `Vi er ikkje ferdige med saka enno, og difor sender vi deg dette førebelse svaret (${ref}).`,
    needFromYou: 'Vi treng dette frå deg:',
    expected: (date: string) => `Vi reknar med å kunne gi deg svar innan ${date}. Dersom det tek lengre tid, gir vi deg beskjed.`,
    contact: 'Ta gjerne kontakt med oss dersom du har spørsmål, eller dersom situasjonen din endrar seg.',
  },
} as const;

export const FORWARDING_TEXT = {
  nb: {
    title: 'Søknaden din er sendt videre',
    headings: { forwarded: 'Vi har sendt søknaden din videre', forward_reason: 'Hvorfor vi har sendt søknaden videre', next_steps: 'Dette skjer nå' },
    received: (subject: string, date: string) => `Vi fikk søknaden din om ${subject} ${date}.`,
    forwarded: (unit: string, date: string) => `Vi sendte søknaden videre til ${unit} ${date}.`,
    competent: (unit: string, ref: string, part: boolean) =>
      `Det er ${unit} som kan behandle ${part ? 'denne delen av saken' : 'saken'} og gjøre vedtak. Vi skal hjelpe deg med å få saken behandlet av riktig instans (${ref}).`,
    noNewApplication: (unit: string) => `Du trenger ikke å søke på nytt. ${unit} tar kontakt med deg hvis de trenger flere opplysninger.`,
    contact: (unit: string, contact: string) => `Slik kontakter du ${unit}: ${contact}`,
    retained: 'Dette behandler vi fortsatt selv:',
  },
  nn: {
    title: 'Søknaden din er sendt vidare',
    headings: { forwarded: 'Vi har sendt søknaden din vidare', forward_reason: 'Kvifor vi har sendt søknaden vidare', next_steps: 'Dette skjer no' },
    received: (subject: string, date: string) => `Vi fekk søknaden din om ${subject} ${date}.`,
    forwarded: (unit: string, date: string) => `Vi sende søknaden vidare til ${unit} ${date}.`,
    competent: (unit: string, ref: string, part: boolean) =>
      `Det er ${unit} som kan handsame ${part ? 'denne delen av saka' : 'saka'} og gjere vedtak. Vi skal hjelpe deg med å få saka handsama av rett instans (${ref}).`,
    noNewApplication: (unit: string) => `Du treng ikkje å søkje på nytt. ${unit} tek kontakt med deg dersom dei treng fleire opplysningar.`,
    contact: (unit: string, contact: string) => `Slik kontaktar du ${unit}: ${contact}`,
    retained: 'Dette handsamar vi framleis sjølve:',
  },
} as const;

export const APPEAL_COVER_TEXT = {
  nb: {
    title: 'Oversendelse av klagesak',
    headings: {
      case_details: 'Saken',
      appealed_decision: 'Vedtaket det er klaget på',
      dates: 'Datoer og klagefrist',
      late_appeal: 'Klagen kom for sent',
      first_instance_assessment: 'Vår vurdering av klagen',
      documents: 'Vedlagte dokumenter',
    },
    intro: (appellant: string, date: string, body: string) =>
      `Vi sender over klagen fra ${appellant} på vedtaket vårt av ${date}, og ber om at ${body} avgjør klagen.`,
    caseNumber: (n: string) => `Saksnummer: ${n}`,
    appellant: (name: string) => `Klager: ${name}`,
    representative: (name: string) => `Fullmektig: ${name}`,
    subject: (subject: string) => `Saken gjelder: ${subject}`,
    legalBasis: (basis: string) => `Vedtaket er gjort etter: ${basis}`,
    claims: 'Klageren skriver blant annet dette:',
    decidedOn: (d: string) => `Vedtaket ble gjort: ${d}`,
    reachedOn: (d: string) => `Vedtaket kom fram til klageren: ${d}`,
    sentOn: (d: string) => `Vedtaket ble sendt: ${d}`,
    assumedReached: (d: string) => `Vedtaket antas å ha kommet fram: ${d}`,
    deadline: (d: string) => `Klagefristen gikk ut: ${d}`,
    submittedOn: (d: string) => `Klagen ble sendt eller levert: ${d}`,
    receivedOn: (d: string) => `Klagen kom inn til oss: ${d}`,
    inTime: (ref: string) => `Klagen er kommet i tide (${ref}).`,
    late: (n: number, ref: string) => `Klagen er kommet for sent, ${days.nb(n)} etter at fristen gikk ut (${ref}).`,
    tooLate: (ref: string) => `Det er gått mer enn ett år siden vedtaket ble gjort, og klagen kan derfor ikke behandles (${ref} tredje ledd).`,
    lateAssessment: (ref: string) => `Vi har vurdert om klagen likevel bør behandles (${ref}):`,
    upheld: (ref: string) => `Vi har vurdert klagen på nytt, men finner ikke grunn til å endre vedtaket (${ref}). Begrunnelsen vår er denne:`,
    documents: 'Vi legger ved disse dokumentene:',
  },
  nn: {
    title: 'Oversending av klagesak',
    headings: {
      case_details: 'Saka',
      appealed_decision: 'Vedtaket det er klaga på',
      dates: 'Datoar og klagefrist',
      late_appeal: 'Klagen kom for seint',
      first_instance_assessment: 'Vår vurdering av klagen',
      documents: 'Vedlagde dokument',
    },
    intro: (appellant: string, date: string, body: string) =>
      `Vi sender over klagen frå ${appellant} på vedtaket vårt frå ${date}, og ber om at ${body} avgjer klagen.`,
    caseNumber: (n: string) => `Saksnummer: ${n}`,
    appellant: (name: string) => `Klagar: ${name}`,
    representative: (name: string) => `Fullmektig: ${name}`,
    subject: (subject: string) => `Saka gjeld: ${subject}`,
    legalBasis: (basis: string) => `Vedtaket er gjort etter: ${basis}`,
    claims: 'Klagaren skriv mellom anna dette:',
    decidedOn: (d: string) => `Vedtaket vart gjort: ${d}`,
    reachedOn: (d: string) => `Vedtaket kom fram til klagaren: ${d}`,
    sentOn: (d: string) => `Vedtaket vart sendt: ${d}`,
    assumedReached: (d: string) => `Vi reknar med at vedtaket kom fram: ${d}`,
    deadline: (d: string) => `Klagefristen gjekk ut: ${d}`,
    submittedOn: (d: string) => `Klagen vart sendt eller levert: ${d}`,
    receivedOn: (d: string) => `Klagen kom inn til oss: ${d}`,
    inTime: (ref: string) => `Klagen har kome i tide (${ref}).`,
    late: (n: number, ref: string) => `Klagen har kome for seint, ${days.nn(n)} etter at fristen gjekk ut (${ref}).`,
    tooLate: (ref: string) => `Det har gått meir enn eitt år sidan vedtaket vart gjort, og klagen kan difor ikkje behandlast (${ref} tredje ledd).`,
    lateAssessment: (ref: string) => `Vi har vurdert om klagen likevel bør behandlast (${ref}):`,
    upheld: (ref: string) => `Vi har vurdert klagen på nytt, men finn ikkje grunn til å endre vedtaket (${ref}). Grunngivinga vår er denne:`,
    documents: 'Vi legg ved desse dokumenta:',
  },
} as const;
