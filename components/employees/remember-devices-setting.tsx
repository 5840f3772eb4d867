import { messages } from "@/lib/i18n";
import { rememberDevicesAllowed } from "@/lib/company/remember-devices";
import { Card } from "@/components/ui/card";
import { RememberDevicesForm } from "./remember-devices-form";

/** The owner's "Computers onthouden" card on Medewerkers; it reads the setting itself. */
export async function RememberDevicesSetting({ companyId, locale }: { companyId: string; locale: string }) {
  const copy = messages(locale).rememberedDevices.policy;
  return (
    <Card title={copy.title} description={copy.text}>
      <RememberDevicesForm allowed={await rememberDevicesAllowed(companyId)} />
    </Card>
  );
}
