// "Account aanmaken" is e-mail first: the page says the same for every address, the mail
// says what happens next (a confirmation link, or that an account already exists).
export const signUp = {
  checkEmail: {
    title: "Controleer uw e-mail",
    text: "Wij hebben een e-mail gestuurd naar {email}. Open de link in die e-mail om uw account te activeren. De link is 24 uur geldig.",
    noMail: "Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail, of vul het formulier opnieuw in.",
    again: "Opnieuw invullen",
  },
  confirm: {
    title: "Account activeren",
    intro: "Activeer het account van {companyName} voor {email}. U wordt de eigenaar van dit account en bent daarna meteen ingelogd.",
    submit: "Account activeren",
    pending: "Account wordt geactiveerd…",
    invalid: "Deze link is ongeldig, verlopen of al gebruikt.",
    taken: "Er bestaat inmiddels al een account met dit e-mailadres. Log in met dat account.",
    registerAgain: "Opnieuw een account aanmaken",
  },
  mail: {
    confirm: {
      subject: "Activeer uw {appName}-account",
      heading: "Activeer uw account",
      body: "Welkom bij {appName}! Open de link hieronder om het account van {companyName} te activeren.",
      rules: "Deze link is 24 uur geldig en werkt één keer.",
      ignore: "Heeft u geen account aangemaakt? Dan kunt u deze e-mail negeren; er gebeurt niets.",
      action: "Account activeren",
    },
    exists: {
      subject: "U heeft al een {appName}-account",
      heading: "U heeft al een account",
      body: "Iemand heeft geprobeerd met dit e-mailadres een nieuw {appName}-account aan te maken. Er bestaat al een account met dit adres, dus er is niets veranderd.",
      reset: "Wachtwoord vergeten? Stel een nieuw wachtwoord in via {resetUrl}",
      ignore: "Was u dit niet? Dan kunt u deze e-mail negeren.",
      action: "Inloggen",
    },
    invitedWithAccount: {
      subject: "{inviterName} nodigt u uit voor {companyName}",
      heading: "Uitnodiging voor {companyName}",
      body: "{inviterName} heeft u uitgenodigd om als medewerker in te loggen bij {companyName} via {appName}.",
      existing:
        "Met dit e-mailadres bestaat al een {appName}-account, en een e-mailadres hoort bij één bedrijf. Wilt u voor {companyName} werken? Vraag {inviterName} dan om u op een ander e-mailadres uit te nodigen.",
      ignore: "Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.",
    },
  },
};
