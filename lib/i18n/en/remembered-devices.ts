import type { Messages } from "../index";

// "Remember this computer for 30 days" (issue 14).
export const rememberedDevices = {
  checkbox: "Remember this computer for 30 days",
  checkboxHint: "On this computer we will then only ask for your password. Do not tick this on a shared computer.",
  title: "Remembered computers",
  intro: "On these computers you do not need to enter a code, only your password. This ends after 30 days, with a new password, when your verification changes and with Sign out everywhere.",
  empty: "No computers are remembered.",
  unknownDevice: "Unknown browser",
  deviceOn: "{browser} on {system}",
  firstUse: "Remembered since {when}",
  lastUse: "last used {when}",
  until: "until {when}",
  forget: "Forget",
  forgotten: "This computer is no longer remembered.",
  notFound: "This computer is not (or no longer) in your list.",
  policy: {
    title: "Remembering computers",
    text: "When signing in, employees can choose to have a computer remembered for 30 days; there Tweestap then only asks for the password. Switch this off to ask for the code on every computer.",
    label: "Employees may have a computer remembered for 30 days",
    save: "Save setting",
    pending: "Saving…",
    saved: "Saved.",
  },
} satisfies Messages["rememberedDevices"];
