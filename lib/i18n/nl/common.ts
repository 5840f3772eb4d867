export const common = {
  appName: "Tweestap",
  loading: "Bezig…",
  save: "Opslaan",
  cancel: "Annuleren",
  back: "Terug",
  close: "Sluiten",
};
