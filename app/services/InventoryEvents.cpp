#include "app/services/InventoryEvents.h"

#include "app/services/WebhookEventService.h"
#include "models/domain/Money.h"

#include <QJsonObject>

namespace garagereg {

namespace {
QJsonObject partPayload(const Part &part)
{
    return {{QStringLiteral("part_number"), part.partNumber},
            {QStringLiteral("name"), part.name},
            {QStringLiteral("category"), part.category},
            {QStringLiteral("unit"), part.unit},
            {QStringLiteral("unit_price"), Money::format(part.unitPriceMinor, part.currency)},
            {QStringLiteral("currency"), part.currency},
            {QStringLiteral("stock_quantity"), part.stockQuantity},
            {QStringLiteral("minimum_stock"), part.minimumStock}};
}
} // namespace

WebhookInventoryEvents::WebhookInventoryEvents(WebhookEventService &events)
    : m_events(events)
{
}

void WebhookInventoryEvents::partCreated(const Part &part)
{
    m_events.trigger(QStringLiteral("inventory.item_created"), partPayload(part), {}, part.partNumber);
}

void WebhookInventoryEvents::stockFellBelowMinimum(const Part &part)
{
    m_events.trigger(QStringLiteral("inventory.low_stock"), partPayload(part), {}, part.partNumber);
}

} // namespace garagereg
