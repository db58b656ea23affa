#include "models/webhooks/Delivery.h"

#include "models/common/EnumNames.h"

namespace garagereg {

namespace {
const EnumNameTable<DeliveryStatus, 5> statusNames{{
    {DeliveryStatus::Pending, QLatin1String("pending")},
    {DeliveryStatus::Retrying, QLatin1String("retrying")},
    {DeliveryStatus::Delivered, QLatin1String("delivered")},
    {DeliveryStatus::Failed, QLatin1String("failed")},
    {DeliveryStatus::Expired, QLatin1String("expired")},
}};
} // namespace

QString deliveryStatusName(DeliveryStatus status)
{
    return enumName(statusNames, status);
}

std::optional<DeliveryStatus> deliveryStatusFromName(const QString &name)
{
    return enumFromName(statusNames, name);
}

} // namespace garagereg
