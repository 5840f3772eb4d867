// E-mail copy. Placeholders are filled by lib/mail/templates/; every value is escaped there.
export const mail = {
  layout: {
    greeting: "Beste {name},",
    greetingWithoutName: "Beste gebruiker,",
    linkFallback: "Werkt de knop niet? Kopieer dan deze link en plak hem in uw browser:",
    footer: "Dit is een automatisch bericht van {appName}. U kunt niet op deze e-mail reageren.",
  },
  notice: {
    ifYou: "Was u dit zelf? Dan hoeft u niets te doen.",
    ifNotYou:
      "Was u dit niet? Wijzig dan direct uw wachtwoord en neem direct contact op met de eigenaar van uw account.",
  },
  welcome: {
    subject: "Welkom bij {appName}",
    heading: "Welkom bij {appName}",
    created: "Uw account voor {companyName} is aangemaakt. U bent de eigenaar van dit account.",
    mfaTip:
      "Wij raden u aan om direct multifactor authenticatie in te schakelen via “Dashboard” > “Mijn login” > “Authenticator app inschakelen”, en daar ook een back-up e-mailadres in te stellen.",
  },
  passwordChanged: {
    subject: "Uw wachtwoord is gewijzigd",
    heading: "Uw wachtwoord is gewijzigd",
    body: "Het wachtwoord van uw {appName}-account is gewijzigd op {when}.",
    ifNotYou:
      "Was u dit niet? Vraag dan direct een nieuw wachtwoord aan via “Wachtwoord vergeten” op de inlogpagina en neem direct contact op met de eigenaar van uw account.",
  },
  mfaEnabled: {
    subject: "Multifactor authenticatie is ingeschakeld",
    heading: "Multifactor authenticatie is ingeschakeld",
    body: "Op {when} is multifactor authenticatie met een authenticator app ingeschakeld voor uw account. Bij het inloggen vragen wij voortaan naast uw wachtwoord ook een verificatiecode.",
    keepCodes: "Bewaar uw herstelcodes op een veilige plek. Daarmee komt u ook binnen als u uw telefoon kwijt bent.",
  },
  mfaDisabled: {
    subject: "Multifactor authenticatie is uitgeschakeld",
    heading: "Multifactor authenticatie is uitgeschakeld",
    body: "Op {when} is multifactor authenticatie voor uw account uitgeschakeld. Bij het inloggen is nu alleen uw wachtwoord nodig.",
  },
  authenticatorReplaced: {
    subject: "Uw authenticator app is vervangen",
    heading: "Uw authenticator app is vervangen",
    body: "Op {when} is een nieuwe authenticator app aan uw account gekoppeld. De codes uit de vorige app werken niet meer.",
  },
  recoveryCodesRegenerated: {
    subject: "Er zijn nieuwe herstelcodes aangemaakt",
    heading: "Nieuwe herstelcodes aangemaakt",
    body: "Op {when} zijn nieuwe herstelcodes voor uw account aangemaakt. De vorige herstelcodes zijn niet meer geldig.",
  },
  recoveryCodeUsed: {
    subject: "Er is een herstelcode gebruikt",
    heading: "Er is een herstelcode gebruikt",
    body: "Op {when} is bij het inloggen op uw account een herstelcode gebruikt. Elke herstelcode werkt maar één keer.",
    remainingNone:
      "U heeft geen herstelcodes meer over. Maak nieuwe aan via “Dashboard” > “Mijn login”, zodat u altijd een reserve heeft.",
    remainingOne: "U heeft nog 1 herstelcode over. Maak nieuwe aan via “Dashboard” > “Mijn login”.",
    remainingMany: "U heeft nog {remaining} herstelcodes over.",
  },
  deviceRemembered: {
    subject: "Een computer wordt 30 dagen onthouden",
    heading: "Een computer wordt 30 dagen onthouden",
    body: "Op {when} is bij het inloggen op uw account gekozen om {device} te onthouden. Daar wordt tot {until} alleen uw wachtwoord gevraagd, niet de code uit uw authenticator app.",
    manage: "Op “Mijn login” ziet u welke computers worden onthouden, en kunt u er een vergeten.",
  },
  secondFactorLocked: {
    subject: "Inloggen met een verificatiecode is tijdelijk geblokkeerd",
    heading: "Verificatiecodes tijdelijk geblokkeerd",
    body: "Op {when} is bij het inloggen op uw account te vaak een verkeerde verificatiecode ingevoerd. Om uw account te beschermen, accepteren wij tot {until} geen verificatiecodes.",
    alternatives:
      "U kunt in de tussentijd wel inloggen met een herstelcode of met een login link naar uw back-up e-mailadres.",
    ifNotYou:
      "Was u dit niet? Dan kent iemand anders mogelijk uw wachtwoord. Wijzig direct uw wachtwoord en neem direct contact op met de eigenaar van uw account.",
  },
  invitation: {
    subject: "{inviterName} nodigt u uit voor {companyName}",
    heading: "U bent uitgenodigd",
    body: "{inviterName} heeft u uitgenodigd om als medewerker van {companyName} gebruik te maken van {appName}.",
    next: "Kies via de knop hieronder uw wachtwoord om uw account te activeren.",
    expires: "Deze uitnodiging is geldig tot {expiresAt}.",
    ignore: "Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.",
    action: "Uitnodiging accepteren",
  },
  mfaReminder: {
    subject: "Herinnering: stel multifactor authenticatie in",
    heading: "Stel multifactor authenticatie in",
    body: "{companyName} vraagt u om multifactor authenticatie in te stellen voor uw account.",
    how: "U heeft daarvoor een authenticator app op uw smartphone nodig, bijvoorbeeld Google Authenticator, Microsoft Authenticator of Authy. Het instellen duurt een paar minuten.",
    action: "Nu instellen",
  },
  employeeCodesGuessed: {
    subject: "Te vaak een verkeerde verificatiecode bij {employeeName}",
    heading: "Verkeerde verificatiecodes bij een medewerker",
    body: "Op {when} is bij het inloggen op het account van {employeeName} ({employeeEmail}) te vaak een verkeerde verificatiecode ingevoerd. Tot {until} worden voor dit account geen verificatiecodes geaccepteerd.",
    meaning:
      "Wie dit doet, kent het wachtwoord van dit account. Herstelcodes, de login link en een reset door u blijven werken.",
    next: "Was dit niet uw medewerker? Vraag hem of haar dan direct het wachtwoord te wijzigen.",
  },
  // To the owner, about an employee (issue 14): who, what, when and from where; never a code.
  ownerAlert: {
    recoveryCode: {
      subject: "{employeeName} heeft ingelogd met een herstelcode",
      heading: "Medewerker ingelogd met een herstelcode",
      body: "Op {when} heeft {employeeName} ({employeeEmail}) ingelogd met een herstelcode in plaats van de authenticator app.",
    },
    loginLink: {
      subject: "{employeeName} heeft ingelogd met de login link",
      heading: "Medewerker ingelogd met de login link",
      body: "Op {when} heeft {employeeName} ({employeeEmail}) ingelogd met de login link die naar het back-up e-mailadres is gestuurd.",
    },
    mfaDisabled: {
      subject: "{employeeName} heeft multifactor authenticatie uitgeschakeld",
      heading: "Multifactor authenticatie uitgeschakeld door een medewerker",
      body: "Op {when} heeft {employeeName} ({employeeEmail}) multifactor authenticatie voor zijn of haar account uitgeschakeld.",
    },
    authenticatorReplaced: {
      subject: "{employeeName} heeft een nieuwe authenticator app ingesteld",
      heading: "Authenticator app vervangen door een medewerker",
      body: "Op {when} heeft {employeeName} ({employeeEmail}) de authenticator app vervangen door een nieuwe.",
    },
    fromIp: "Dit gebeurde vanaf IP-adres {ipAddress}.",
    unknownIp: "Het IP-adres hiervan is niet bekend.",
    next: "Was dit niet uw medewerker? Vraag hem of haar dan direct het wachtwoord te wijzigen, of reset de multifactor authenticatie op de pagina Medewerkers.",
    manage: "U kunt deze meldingen per soort uitzetten op de pagina Medewerkers.",
  },
  askOwner: {
    subject: "{employeeName} vraagt u om de multifactor authenticatie te resetten",
    heading: "Een medewerker kan niet inloggen",
    body: "{employeeName} ({employeeEmail}) heeft geen toegang tot de authenticator app, geen herstelcodes en geen back-up e-mailadres, en vraagt u om de multifactor authenticatie te resetten.",
    check: "Neem eerst contact op met uw medewerker, bijvoorbeeld telefonisch, om te controleren dat het verzoek echt van hem of haar komt. Reset daarna op de pagina Medewerkers met uw eigen verificatiecode.",
    notYou: "Heeft uw medewerker dit niet gevraagd? Reset dan niets en vraag hem of haar het wachtwoord te wijzigen.",
    action: "Naar Medewerkers",
  },
  mfaResetByOwner: {
    subject: "Uw multifactor authenticatie is gereset",
    heading: "Uw multifactor authenticatie is gereset",
    body: "{ownerName}, de eigenaar van uw account, heeft op {when} de multifactor authenticatie van uw account gereset. U bent daarom op al uw apparaten uitgelogd.",
    next: "Bij uw volgende inlog stelt u opnieuw een authenticator app in.",
    questions: "Had u dit niet verwacht? Neem dan direct contact op met {ownerName}.",
  },
  mfaPolicyChanged: {
    enabledSubject: "Multifactor authenticatie is nu verplicht",
    enabledHeading: "Multifactor authenticatie is nu verplicht",
    enabledBody:
      "De eigenaar van uw account heeft multifactor authenticatie verplicht gesteld voor alle medewerkers. Heeft u dit nog niet ingesteld? Dan vragen wij u bij uw volgende inlog om een authenticator app in te stellen.",
    disabledSubject: "Multifactor authenticatie is niet langer verplicht",
    disabledHeading: "Multifactor authenticatie is niet langer verplicht",
    disabledBody:
      "De eigenaar van uw account heeft multifactor authenticatie niet langer verplicht gesteld. Heeft u het al ingeschakeld? Dan blijft het gewoon actief, en wij raden u aan dat zo te laten.",
  },
  backupEmailConfirm: {
    subject: "Bevestig uw back-up e-mailadres",
    heading: "Bevestig uw back-up e-mailadres",
    body: "Dit e-mailadres is opgegeven als back-up e-mailadres voor een {appName}-account. Pas na uw bevestiging kan er een login link naartoe worden gestuurd.",
    ignore: "Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren; het adres wordt dan niet gebruikt.",
    action: "E-mailadres bevestigen",
  },
  backupEmailChanged: {
    subject: "Uw back-up e-mailadres is gewijzigd",
    heading: "Uw back-up e-mailadres is gewijzigd",
    body: "Op {when} is het back-up e-mailadres van uw {appName}-account gewijzigd naar {newAddress}.",
  },
  backupEmailRemoved: {
    subject: "Uw back-up e-mailadres is verwijderd",
    heading: "Uw back-up e-mailadres is verwijderd",
    body: "Op {when} is het back-up e-mailadres van uw {appName}-account verwijderd. Er kan nu geen login link meer naar een back-up adres worden gestuurd.",
  },
  backupLoginLink: {
    subject: "Uw login link voor {appName}",
    heading: "Inloggen met een login link",
    body: "U heeft gevraagd om in te loggen met een login link, omdat u geen toegang heeft tot uw authenticator app.",
    rules:
      "Deze link is {minutes} minuten geldig, werkt één keer en alleen in de browser waarin u hem heeft aangevraagd.",
    ifNotYou:
      "Heeft u dit niet aangevraagd? Gebruik de link dan niet. Iemand anders kent mogelijk uw wachtwoord: wijzig het direct en neem contact op met de eigenaar van uw account.",
    action: "Inloggen",
  },
  backupLoginUsed: {
    subject: "Er is ingelogd met een login link",
    heading: "Er is ingelogd met een login link",
    body: "Op {when} is op uw account ingelogd met een login link die naar uw back-up e-mailadres is gestuurd. De eigenaar van uw account ziet dit ook in het activiteitenoverzicht.",
  },
  passwordReset: {
    subject: "Nieuw wachtwoord instellen",
    heading: "Nieuw wachtwoord instellen",
    body: "Wij hebben een verzoek ontvangen om een nieuw wachtwoord in te stellen voor uw {appName}-account.",
    rules: "Deze link is {minutes} minuten geldig en werkt één keer.",
    mfa: "Heeft u multifactor authenticatie ingeschakeld? Dan vragen wij daarna bij het inloggen ook uw verificatiecode.",
    ignore: "Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.",
    action: "Nieuw wachtwoord instellen",
  },
  outbox: {
    title: "Outbox (ontwikkeling)",
    intro:
      "Mail die niet echt is verzonden omdat MAIL_TRANSPORT=outbox. Deze pagina bestaat alleen in ontwikkeling.",
    newest: "De nieuwste {count} berichten",
    empty: "Er staat nog geen mail in de outbox.",
    filterLabel: "Ontvanger",
    filterPlaceholder: "naam@voorbeeld.nl",
    filterSubmit: "Filteren",
    filterClear: "Alles tonen",
    to: "Aan",
    subject: "Onderwerp",
    sentAt: "Tijd",
    selectHint: "Kies een bericht om het te lezen.",
    notFound: "Dit bericht staat niet (meer) in de outbox.",
    links: "Links in dit bericht",
    noLinks: "Dit bericht bevat geen links.",
    htmlPart: "HTML-versie",
    textPart: "Tekstversie",
    htmlFrameTitle: "HTML-versie van het bericht",
  },
};
