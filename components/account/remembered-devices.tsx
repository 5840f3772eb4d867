import { format, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { deviceName } from "@/lib/session/device-label";
import type { RememberedDevice } from "@/lib/sign-in/remembered-devices";
import { Card } from "@/components/ui/card";
import { ForgetDeviceButton } from "./forget-device-button";

/** "Onthouden computers" on Mijn login: where the code is skipped now, each one can be forgotten. */
export function RememberedDevices({ devices, copy, locale }: { devices: RememberedDevice[]; copy: Messages["rememberedDevices"]; locale: string }) {
  return (
    <Card title={copy.title} description={copy.intro}>
      {devices.length === 0 ? (
        <p className="text-sm text-slate-600">{copy.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={copy.title}>
          {devices.map((device) => {
            const name = deviceName(device.userAgent, copy);
            return (
              <li key={device.id} className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="font-medium text-slate-900">{name}</p>
                  <p className="text-slate-600">
                    {device.rememberedAt ? format(copy.firstUse, { when: formatDateTime(device.rememberedAt, locale) }) : null}
                    {", "}
                    {format(copy.lastUse, { when: formatDateTime(device.lastUsedAt, locale) })}
                    {device.rememberedUntil ? `, ${format(copy.until, { when: formatDateTime(device.rememberedUntil, locale) })}` : null}
                  </p>
                </div>
                <ForgetDeviceButton deviceId={device.id} label={`${copy.forget}: ${name}`} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
