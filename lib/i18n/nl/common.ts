export const common = {
  appName: "Tweestap",
  description: "Inloggen en accountbeveiliging",
  loading: "Bezig…",
  save: "Opslaan",
  cancel: "Annuleren",
  back: "Terug",
  close: "Sluiten",
};
