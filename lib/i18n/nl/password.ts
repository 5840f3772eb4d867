// Each message says why a password is refused, not only that it is (ASVS 6.2.4, 6.2.11).
export const password = {
  tooShort:
    "Dit wachtwoord is te kort: gebruik minimaal {min} tekens. Een zin van een paar woorden is lang genoeg en makkelijk te onthouden.",
  tooLong: "Dit wachtwoord is te lang: gebruik maximaal {max} tekens.",
  common:
    "Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden, dus aanvallers proberen het als eerste. Kies iets anders, bijvoorbeeld een zin van een paar woorden.",
  context:
    "Dit wachtwoord bevat uw naam, uw e-mailadres of de naam van uw bedrijf. Dat raadt een aanvaller snel. Kies iets dat niet over u of uw bedrijf gaat.",
  hint: "Minimaal {min} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden. Hoofdletters, cijfers of leestekens zijn niet verplicht.",
};
