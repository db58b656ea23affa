#include "models/webhooks/Delivery.h"

#include "models/common/EnumNames.h"

#include <QCoreApplication>

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

QString deliveryStatusTitle(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending: return QCoreApplication::translate("DeliveryStatus", "Pending");
    case DeliveryStatus::Retrying: return QCoreApplication::translate("DeliveryStatus", "Retrying");
    case DeliveryStatus::Delivered: return QCoreApplication::translate("DeliveryStatus", "Delivered");
    case DeliveryStatus::Failed: return QCoreApplication::translate("DeliveryStatus", "Failed");
    case DeliveryStatus::Expired: return QCoreApplication::translate("DeliveryStatus", "Expired");
    }
    return deliveryStatusName(status);
}

} // namespace garagereg
