#include "ui/Sections.h"

namespace garagereg {

const QList<Section> &SectionInfo::all()
{
    static const QList<Section> sections{Section::Dashboard,    Section::Integrations, Section::Subscriptions,
                                         Section::TriggerEvent, Section::Deliveries,   Section::ErpSync,
                                         Section::Parts,        Section::Settings};
    return sections;
}

QString SectionInfo::key(Section section)
{
    switch (section) {
    case Section::Dashboard: return QStringLiteral("dashboard");
    case Section::Integrations: return QStringLiteral("integrations");
    case Section::Subscriptions: return QStringLiteral("subscriptions");
    case Section::Deliveries: return QStringLiteral("deliveries");
    case Section::ErpSync: return QStringLiteral("erp-sync");
    case Section::Parts: return QStringLiteral("parts");
    case Section::TriggerEvent: return QStringLiteral("trigger-event");
    case Section::Settings: return QStringLiteral("settings");
    }
    Q_UNREACHABLE();
    return {};
}

QString SectionInfo::title(Section section)
{
    switch (section) {
    case Section::Dashboard: return tr("Dashboard");
    case Section::Integrations: return tr("Integrations");
    case Section::Subscriptions: return tr("Subscriptions");
    case Section::Deliveries: return tr("Deliveries");
    case Section::ErpSync: return tr("ERP Sync");
    case Section::Parts: return tr("Parts");
    case Section::TriggerEvent: return tr("Trigger event");
    case Section::Settings: return tr("Settings");
    }
    Q_UNREACHABLE();
    return {};
}

QString SectionInfo::description(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return tr("An overview of the health of every integration, recent deliveries and synchronisations.");
    case Section::Integrations:
        return tr("The ERP, webhook and API integrations: their settings, credentials and health.");
    case Section::Subscriptions:
        return tr("Webhook subscriptions: which events go to which endpoint, signed with which secret.");
    case Section::Deliveries:
        return tr("The delivery log of webhook events, with every attempt, its response and manual retries.");
    case Section::ErpSync:
        return tr("Synchronisation runs with the ERP systems, their entries, conflicts and part bindings.");
    case Section::Parts: return tr("The spare parts catalogue that is exchanged with the ERP systems.");
    case Section::TriggerEvent:
        return tr("Raise an event by hand, for example to test a new endpoint, and see beforehand who receives it.");
    case Section::Settings: return tr("The database, the language, and the defaults for new subscriptions.");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList SectionInfo::tables(Section section)
{
    switch (section) {
    case Section::Dashboard: return {};
    case Section::Integrations: return {QStringLiteral("integrations")};
    case Section::Subscriptions: return {QStringLiteral("webhook_subscriptions")};
    case Section::Deliveries:
        return {QStringLiteral("webhook_deliveries"), QStringLiteral("delivery_attempts"),
                QStringLiteral("webhook_events")};
    case Section::ErpSync:
        return {QStringLiteral("erp_sync_logs"), QStringLiteral("erp_sync_log_entries"),
                QStringLiteral("part_bindings")};
    case Section::Parts: return {QStringLiteral("parts")};
    case Section::TriggerEvent: return {};
    case Section::Settings: return {};
    }
    Q_UNREACHABLE();
    return {};
}

QString SectionInfo::primaryTable(Section section)
{
    const QStringList names = tables(section);
    return names.isEmpty() ? QString() : names.first();
}

QString SectionInfo::tableDescription(const QString &table)
{
    if (table == QLatin1String("integrations"))
        return tr("Integrations");
    if (table == QLatin1String("webhook_subscriptions"))
        return tr("Webhook subscriptions");
    if (table == QLatin1String("webhook_deliveries"))
        return tr("Webhook deliveries");
    if (table == QLatin1String("delivery_attempts"))
        return tr("Delivery attempts");
    if (table == QLatin1String("webhook_events"))
        return tr("Webhook events");
    if (table == QLatin1String("erp_sync_logs"))
        return tr("ERP synchronisation runs");
    if (table == QLatin1String("erp_sync_log_entries"))
        return tr("ERP synchronisation log entries");
    if (table == QLatin1String("part_bindings"))
        return tr("Part bindings to ERP items");
    if (table == QLatin1String("parts"))
        return tr("Spare parts");
    if (table == QLatin1String("sync_cursors"))
        return tr("ERP synchronisation cursors");
    if (table == QLatin1String("sync_conflicts"))
        return tr("ERP sync conflicts waiting for a decision");
    if (table == QLatin1String("sync_locks"))
        return tr("ERP synchronisations running now");
    if (table == QLatin1String("api_tokens"))
        return tr("REST API tokens (hashes only)");
    if (table == QLatin1String("schema_version"))
        return tr("Schema history");
    if (table == QLatin1String("app_meta"))
        return tr("Application metadata");
    return table;
}

} // namespace garagereg
