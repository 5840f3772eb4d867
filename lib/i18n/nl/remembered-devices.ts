// "Deze computer 30 dagen onthouden" (issue 14): the box at the second step, the list on
// "Mijn login" and the owner's setting on "Medewerkers".
export const rememberedDevices = {
  checkbox: "Deze computer 30 dagen onthouden",
  checkboxHint: "Op deze computer vragen we dan alleen uw wachtwoord. Niet aanvinken op een gedeelde computer.",
  title: "Onthouden computers",
  intro: "Op deze computers hoeft u geen code in te voeren, alleen uw wachtwoord. Dat vervalt na 30 dagen, bij een nieuw wachtwoord, bij een wijziging van uw verificatie en bij Overal uitloggen.",
  empty: "Er worden geen computers onthouden.",
  unknownDevice: "Onbekende browser",
  deviceOn: "{browser} op {system}",
  firstUse: "Onthouden sinds {when}",
  lastUse: "laatst gebruikt {when}",
  until: "tot {when}",
  forget: "Vergeten",
  forgotten: "Deze computer wordt niet meer onthouden.",
  notFound: "Deze computer staat niet (meer) in uw lijst.",
  policy: {
    title: "Computers onthouden",
    text: "Medewerkers kunnen bij het inloggen kiezen om een computer 30 dagen te laten onthouden; daar vraagt Tweestap dan alleen het wachtwoord. Zet dit uit om op elke computer de code te vragen.",
    label: "Medewerkers mogen een computer 30 dagen laten onthouden",
    save: "Instelling opslaan",
    pending: "Bezig met opslaan…",
    saved: "Opgeslagen.",
  },
};
