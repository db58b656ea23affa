#include "models/webhooks/EventTypes.h"

#include "models/common/Error.h"

namespace garagereg {

const QStringList &EventTypes::all()
{
    static const QStringList types{
        QStringLiteral("gate.created"),           QStringLiteral("gate.updated"),
        QStringLiteral("gate.inspection_due"),    QStringLiteral("gate.fault_detected"),
        QStringLiteral("work_order.created"),     QStringLiteral("work_order.completed"),
        QStringLiteral("inventory.item_created"), QStringLiteral("inventory.low_stock"),
        QStringLiteral("inventory.movement"),     QStringLiteral("maintenance.scheduled"),
        QStringLiteral("maintenance.completed"),  QStringLiteral("ping"),
    };
    return types;
}

bool EventTypes::isKnown(const QString &type)
{
    return all().contains(type);
}

QString EventTypes::description(const QString &type)
{
    if (type == QLatin1String("gate.created"))
        return tr("A gate or garage door was registered.");
    if (type == QLatin1String("gate.updated"))
        return tr("A gate's data changed.");
    if (type == QLatin1String("gate.inspection_due"))
        return tr("A gate's periodic inspection falls due.");
    if (type == QLatin1String("gate.fault_detected"))
        return tr("A fault was reported on a gate.");
    if (type == QLatin1String("work_order.created"))
        return tr("A work order was opened.");
    if (type == QLatin1String("work_order.completed"))
        return tr("A work order was completed.");
    if (type == QLatin1String("inventory.item_created"))
        return tr("A spare part was added to the inventory.");
    if (type == QLatin1String("inventory.low_stock"))
        return tr("A spare part's stock fell below its minimum.");
    if (type == QLatin1String("inventory.movement"))
        return tr("Spare parts were taken from or added to stock.");
    if (type == QLatin1String("maintenance.scheduled"))
        return tr("A maintenance visit was scheduled.");
    if (type == QLatin1String("maintenance.completed"))
        return tr("A maintenance visit was completed.");
    if (type == QLatin1String("ping"))
        return tr("A test event that checks an endpoint.");
    return {};
}

void EventTypes::requireKnown(const QStringList &types)
{
    QStringList unknown;
    for (const QString &type : types) {
        if (!isKnown(type))
            unknown << type;
    }
    if (!unknown.isEmpty())
        throw Error(tr("Unknown event type(s): %1. Known types: %2.")
                        .arg(unknown.join(QStringLiteral(", ")), all().join(QStringLiteral(", "))));
}

} // namespace garagereg
